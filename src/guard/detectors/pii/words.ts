/**
 * Word lists the address and name detectors share: English words that are
 * capitalised at the start of a sentence or in titles but are not names,
 * organisation and place words, street types in several languages, and
 * country names (built once from the platform's ICU data, no I/O).
 *
 * Kept as plain lists so a reviewer can see exactly what a decision rests on.
 */
import { getCountries } from "libphonenumber-js/max";

function set(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Common English words (lower case). A capitalised one is usually a sentence
 * start or a title word, not a name, unless a strong cue says otherwise
 * ("named him Frank"). Also removes collisions from the name gazetteer.
 */
export const COMMON_WORDS = set(`
a about above across after again against all almost alone along already also although always am among an and
another any anyone anything are around as ask at away back be because become been before behind being below
best better between both but by can cannot could did do does doing done down during each either else enough even
ever every everyone everything few find first for from get give go going good great had has have having he her
here hers herself him himself his how however i if in into is it its itself just keep last least less let like
little long made make many may maybe me might mine more most much must my myself near need neither never new next
no nobody none nor not nothing now of off often old on once one only or other others our ours out over own part
per perhaps please quite rather really same see seem several shall she should since so some someone something
sometimes soon still such sure than thank thanks that the their theirs them themselves then there these they
thing this those though through thus to today together tomorrow too toward under unless until up upon us very
via was we well were what whatever when where whether which while who whoever whole whom whose why will with
within without would yes yesterday yet you your yours yourself
hello hi hey dear yes okay ok sorry welcome goodbye bye congratulations cheers regards sincerely best
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december spring summer autumn fall winter christmas easter
mr mrs ms miss dr prof sir madam lord lady king queen prince princess president senator governor mayor judge
captain general doctor nurse patient client customer user admin manager director officer agent member team
name address phone email number card account bank credit debit money cash price cost bill pay payment order
street road avenue lane drive court place square park way city state country town village county district
north south east west northern southern eastern western central upper lower great grand little big small
new old young high low long short full free open close early late real true right left main first second third
god love hope faith joy grace glory peace truth wisdom discipline justice liberty honor honour mercy charity
rose lily daisy violet iris ivy holly heather jasmine olive ruby pearl amber crystal jade coral
art bill bob buck chase chip cliff colt dale dean drew gene grant guy hunter jack jerry mark miles pat
penny ray rich rob rod rusty sandy skip sterling stone storm sunny ward wade will win wolf young
page line version release chapter section article title volume table figure step item level round stage
black white green brown gray grey red blue gold silver golden
house home office school church hospital hotel center centre market station airport university college
company group bank news times post daily weekly journal review report story song songs music band album film
movie show game games book books letter letters note notes guide world life time year day week month hour
water fire earth air sun moon star stars sky land sea ocean river lake mountain hill forest island beach
happy sad good bad nice cool fine great awesome excellent poor rich strong weak light dark hard soft warm cold
yeah oh wow please thanks maybe sure never always
english french german spanish italian dutch russian chinese japanese korean arabic american british european
african asian australian canadian mexican indian irish scottish welsh polish swedish norwegian danish finnish
internet online email web website app apps software computer data system systems network server cloud service
services support help info information contact details account login password code test tests error
capitalized capitalised words word names name often mistaken called known said says told asked answered
i'm i've i'd i'll it's that's what's there's here's let's don't doesn't didn't can't couldn't won't wouldn't isn't
wasn't aren't weren't haven't hasn't we're you're they're he's she's
date time e-mail mail fax tel mobile cell desk work personal info website web site url bot user assistant system
human ai subject re cc bcc from to attn attention regarding note warning summary answer question example
unfortunately fortunately however meanwhile additionally finally actually basically honestly apparently
anyway anyways guys folks everybody friends team all
`);

/** Words that make a capitalised sequence an organisation, event or work, not a person. */
export const ORG_WORDS = set(`
inc inc. incorporated corp corp. corporation co co. company companies llc ltd ltd. limited plc gmbh ag sa bv
group holdings partners associates associated agency bank banks trust fund capital investments investment
securities insurance financial finance consulting solutions services systems technologies technology tech labs
software media studios studio records entertainment productions networks communications telecom airlines
airways motors industries international global worldwide enterprises ventures foundation institute institution
university college school academy hospital clinic center centre society association council committee
department ministry office bureau agency commission federation union league club orchestra band choir
church cathedral museum gallery library theatre theater hotel restaurant cafe bar pub store stores shop market
weekly daily times post journal news magazine review gazette tribune herald press radio tv television
act law treaty accord convention day week festival awards award prize cup championship games olympics
force army navy police court parliament congress senate government republic kingdom empire state states
`);

/** Street types written after the street name (US/UK and international English). */
export const STREET_SUFFIXES = set(`
street streets st st. str str. road roads rd rd. avenue avenues ave ave. av av. boulevard blvd blvd. lane lanes
ln ln. drive drives dr dr. court courts ct ct. place pl pl. plaza square sq sq. terrace terr ter way ways
circle cir crescent cres close gardens gdns grove mews parkway pkwy highway hwy freeway expressway turnpike
trail trl path pike row walk alley alleys arcade bend bluff bluffs bypass causeway center centre corner
corners cove coves creek crossing crossroad crossroads dale dam estate estates extension falls ferry field
fields flat flats ford forge fork forks fort garden gateway glen glens green greens harbor harbour haven
heights hill hills hollow inlet island isle junction key keys knoll knolls lake lakes landing light lights
loaf lock locks lodge loop mall manor meadow meadows mill mills mission motorway mount mountain neck orchard
oval park parks pass passage pine pines plain plains point points port ports prairie radial ramp ranch rapid
rapids rest ridge ridges river route run shoal shoals shore shores skyway spring springs spur station
stravenue stream summit throughway trace track trafficway tunnel union unions valley valleys viaduct view
views village villages ville vista wall well wells wharf wynd
`);

/** Street types written before the street name (Romance, Slavic, Greek, Hungarian abbreviations...). */
export const STREET_PREFIXES = set(`
rue via viale vicolo corso piazza piazzale largo calle carrer carretera avenida av av. avda avda. paseo camino ronda
rambla plaza praça praca rua travessa estrada alameda rodovia boulevard bd bd. chemin route allée allee impasse
quai cours place ul. ulica al. aleja os. osiedle pl. plac ulitsa ul prospekt pr. naberezhnaya odos οδός
λεωφόρος leoforos strada str. bulevardul bulevard calea soseaua splaiul piata avenue sokak cad. caddesi
`);

/** Endings of one-word street names in Nordic, Germanic, Baltic, Hungarian and other languages. */
export const STREET_NAME_ENDINGS = [
  "katu", "tie", "kuja", "polku", "raitti", "kaari", "rinne", "gatan", "vägen", "gränd", "stigen", "backen",
  "torget", "gata", "gate", "gaten", "veien", "vegen", "vei", "veg", "vej", "vejen", "gade", "stræde", "stræti",
  "strasse", "straße", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer", "steig", "pfad",
  "straat", "laan", "plein", "gracht", "kade", "singel", "hove", "utca", "útja", "tér", "körút", "iela",
  "gatvė", "tänav", "maantee", "puiestee", "ulica", "cesta", "ulice", "náměstí", "trida", "třída", "sokak",
  "caddesi", "bulvarı",
];

/** Secondary unit designators: "Apt. 12", "Suite 400", "Unit 7", "Box 38". */
export const UNIT_WORDS = /^(?:apt|apartment|suite|ste|unit|floor|fl|room|rm|bldg|building|box|flat|#)\.?$/i;

/** English names of every country (and their upper-case forms), from ICU via Intl.DisplayNames. */
export const COUNTRY_NAMES: Set<string> = (() => {
  const names = new Set<string>();
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  for (const code of getCountries()) {
    const name = display.of(code);
    if (!name || name === code) continue;
    names.add(name.toLowerCase());
    // "Bosnia & Herzegovina" is often written with "and"; the short form before a comma too.
    names.add(name.replace(" & ", " and ").toLowerCase());
  }
  for (const extra of ["usa", "u.s.a.", "us", "uk", "u.s.", "england", "scotland", "wales", "united states of america"]) {
    names.add(extra);
  }
  return names;
})();

/** Honorifics and titles that introduce a person's name. */
export const HONORIFICS = set(`
mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. professor sir dame madam madame mme mme. mlle monsieur
herr frau señor senor señora senora sr sr. sra sra. signor signora sig. sig.ra rev rev. reverend father
sister brother fr fr. capt capt. captain lt lt. col col. sgt sgt. gen gen. judge hon hon. officer nurse
`);
