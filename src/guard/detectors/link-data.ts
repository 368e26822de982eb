/**
 * Data tables for the link detector: URL shorteners, commonly phished brand
 * names, labels the brands themselves own, suffixes that are more often file
 * extensions than web sites, and a small confusables map.
 *
 * The confusables map is deliberately local and small (Cyrillic, Greek and a
 * few Latin-extended letters that render like ASCII letters in common fonts):
 * the link detector must not depend on the full normaliser in
 * src/guard/normalize.ts, and hostnames only ever need letters and digits.
 */

/**
 * Generic shorteners: anyone can make them point anywhere, so the link hides
 * its real destination. Single-site short domains (youtu.be, amzn.to) are not
 * listed: they can only lead to their own site.
 */
export const SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  "bit.ly",
  "bitly.com",
  "j.mp",
  "tinyurl.com",
  "t.co",
  "goo.gl",
  "ow.ly",
  "is.gd",
  "v.gd",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "t.ly",
  "tiny.cc",
  "tiny.one",
  "rb.gy",
  "bl.ink",
  "soo.gd",
  "s.id",
  "clck.ru",
  "qrco.de",
  "shorte.st",
  "adf.ly",
  "bc.vc",
  "ouo.io",
  "x.gd",
  "lnkd.in",
  "tr.im",
  "gg.gg",
  "u.to",
  "urlz.fr",
  "1url.com",
  "short.gy",
  "lnk.to",
  "snip.ly",
]);

/**
 * Brands phishing kits imitate most (financial, mail/cloud, social, retail,
 * delivery, crypto). Lower-case, as the label before the public suffix.
 */
export const DEFAULT_BRANDS: readonly string[] = [
  "paypal",
  "microsoft",
  "office365",
  "outlook",
  "apple",
  "icloud",
  "google",
  "gmail",
  "amazon",
  "netflix",
  "facebook",
  "instagram",
  "whatsapp",
  "linkedin",
  "dropbox",
  "docusign",
  "adobe",
  "github",
  "coinbase",
  "binance",
  "metamask",
  "chase",
  "wellsfargo",
  "bankofamerica",
  "citibank",
  "hsbc",
  "barclays",
  "santander",
  "dhl",
  "fedex",
  "usps",
];

/**
 * Registrable labels the brands own that contain a brand name with extra
 * words; without this, "embeds a brand name" would fire on the brands' own
 * infrastructure.
 */
export const BRAND_OWNED_LABELS: ReadonlySet<string> = new Set([
  "googleusercontent",
  "googleapis",
  "googlevideo",
  "googlesyndication",
  "googletagmanager",
  "google-analytics",
  "googleblog",
  "amazonaws",
  "amazonpay",
  "amazontrust",
  "microsoftonline",
  "microsoftstore",
  "paypalobjects",
  "facebookmail",
  "githubusercontent",
  "githubassets",
  "appleid",
  "dropboxusercontent",
  "linkedinlearning",
  "chasebank",
]);

/**
 * Public suffixes that are also everyday file extensions. A bare "README.md"
 * or "setup.py" in prose is a file name; such a name only counts as a link
 * when it is written with a scheme, "www." or a path.
 */
export const FILE_EXTENSION_SUFFIXES: ReadonlySet<string> = new Set([
  "md",
  "py",
  "rs",
  "sh",
  "pl",
  "pm",
  "cc",
  "so",
  "ps",
  "zip",
  "mov",
  "sc",
  "st",
  "tf",
  "ml",
  "mk",
  "java",
  "fish",
  "pt",
  "data",
]);

/**
 * Letters that render like Latin letters, mapped to the letter they imitate.
 * Cyrillic and Greek cover nearly all IDN homograph attacks seen in practice;
 * accents are stripped separately (NFD), full-width forms by NFKC.
 */
export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map([
  // Cyrillic
  ["а", "a"],
  ["в", "b"],
  ["с", "c"],
  ["ԁ", "d"],
  ["е", "e"],
  ["ё", "e"],
  ["һ", "h"],
  ["і", "i"],
  ["ї", "i"],
  ["ј", "j"],
  ["к", "k"],
  ["ӏ", "l"],
  ["м", "m"],
  ["н", "h"],
  ["о", "o"],
  ["р", "p"],
  ["ԛ", "q"],
  ["ѕ", "s"],
  ["т", "t"],
  ["ц", "u"],
  ["ѵ", "v"],
  ["ԝ", "w"],
  ["х", "x"],
  ["у", "y"],
  ["ү", "y"],
  ["ь", "b"],
  ["ɡ", "g"],
  // Greek
  ["α", "a"],
  ["β", "b"],
  ["ε", "e"],
  ["η", "n"],
  ["ι", "i"],
  ["κ", "k"],
  ["μ", "u"],
  ["ν", "v"],
  ["ο", "o"],
  ["ρ", "p"],
  ["τ", "t"],
  ["υ", "u"],
  ["χ", "x"],
  ["ω", "w"],
  // Latin look-alikes that survive NFD
  ["ı", "i"],
  ["ł", "l"],
  ["ɑ", "a"],
  ["ɩ", "i"],
  ["ø", "o"],
  ["đ", "d"],
  ["ħ", "h"],
  ["ŀ", "l"],
]);

/** Digits and signs used in place of letters ("paypa1", "g00gle"). */
export const DIGIT_TO_LETTER: ReadonlyMap<string, string> = new Map([
  ["0", "o"],
  ["1", "l"],
  ["3", "e"],
  ["4", "a"],
  ["5", "s"],
  ["7", "t"],
  ["8", "b"],
]);
