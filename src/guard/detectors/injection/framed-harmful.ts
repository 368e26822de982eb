/**
 * Persuasion and role-play jailbreaks (PAIR-style): a harmful request wrapped
 * in a frame that talks the model out of refusing: fiction, a hypothetical,
 * a persona with a job to do, "for educational purposes", emotional stakes,
 * or a forced opening ("begin your reply with 'Sure, here is'").
 *
 * Neither half is an attack on its own: benign requests come in the same
 * frames (a novel's plot, a role-played tour guide), and a plainly asked
 * harmful question is harmful but not an injection (it is the model's policy
 * that answers it). The signal is the conjunction: a jailbreak frame and a
 * harmful goal in the same prompt.
 *
 * Both lexicons are written from public taxonomies: the frames from the
 * persuasion-technique and role-play jailbreak literature, the harms from the
 * usual AI-safety categories (weapons, drugs, malware and intrusion, fraud,
 * violence and terrorism, self-harm, sexual content with minors or without
 * consent, harassment and disinformation, evading the law, privacy invasion).
 * Every gap is bounded, so matching is linear in the input.
 */

import type { Span } from "./windows.js";

/**
 * Frame cues with their weight: fiction, role-play and a persona are common
 * in harmless requests too (1); purpose laundering, "it will never be used",
 * forced openings and emotional stakes are the persuasion moves (2-3). A
 * prompt needs FRAME_WEIGHT of them, from distinct cues, and a harmful goal.
 */
const FRAME_WEIGHT = 4;
const WEIGHTS = [1, 1, 1, 1, 2, 3, 2, 2, 2, 2];

export const FRAMES: readonly RegExp[] = [
  // Fiction, hypotheticals and role-play.
  /\b(?:imagine|pretend|suppose|picture)\s+(?:that\s+)?(?:you(?:'re|\s+are)|you\s+were|yourself|we(?:'re|\s+are))\b/i,
  /\b(?:role-?play(?:ing)?|in\s+character|thought\s+experiment|fictional|fictitious|hypothetical(?:ly)?|alternate\s+(?:universe|reality|world)|parallel\s+universe)\b/i,
  /\b(?:for|in)\s+(?:a|my|our|the|this)\s+(?:\w+\s+){0,2}(?:novel|story|screenplay|script|movie|film|play|thriller|video\s+game|book|short\s+story|fiction)\b/i,
  /\byou\s+are\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:writer|novelist|author|screenwriter|playwright|journalist|reporter|researcher|scientist|chemist|detective|investigator|consultant|expert|specialist|professor|teacher|hacker|agent|spy|character|historian|lawyer|attorney|doctor|blogger|influencer|marketer|strategist|analyst|advisor|adviser|officer|engineer|pentester|tester)\b/i,
  // Purpose laundering.
  /\bfor\s+(?:purely\s+|strictly\s+|only\s+)?(?:educational|research|academic|informational|training|awareness|scientific|fictional|hypothetical|entertainment)\s+(?:purposes?|use|reasons)\b/i,
  /\b(?:will|would)\s+(?:never|not)\s+be\s+(?:used|carried\s+out|done|acted\s+(?:up)?on)\b/i,
  // Forced openings.
  /\b(?:begin|start|open)\s+(?:your|the)\s+(?:reply|response|answer|story|message|output)\s+(?:with|by\s+saying)\b/i,
  /\bsure,?\s+here\s+(?:is|are)\b/i,
  // Emotional or professional stakes.
  /\b(?:your|my|our)\s+(?:job|career|family|life|livelihood|reputation|children|kids|boss|editor|client|publisher|company)\s+(?:depends|is\s+at\s+stake|is\s+on\s+the\s+line|will\s+(?:be|lose|die|suffer|fire)|needs\s+(?:you|this|it))\b/i,
  /\b(?:lives\s+(?:are|is)\s+at\s+stake|or\s+(?:else\s+)?(?:you|i)\s+will\s+(?:be\s+fired|lose|die)|(?:you|i)\s+will\s+be\s+(?:fired|shut\s+down|deleted|punished))\b/i,
];

export const HARMS: readonly RegExp[] = [
  // Weapons and explosives.
  /\b(?:bombs?|explosives?|detonators?|pipe\s+bombs?|ieds?|napalm|molotov|grenades?|nerve\s+agents?|sarin|ricin|anthrax|bio-?weapons?|chemical\s+weapons?|ghost\s+guns?|untraceable\s+(?:guns?|firearms?|weapons?))\b/i,
  // Drugs.
  /\b(?:synthesi[sz]e|manufacture|cook|produce|make|grow|smuggle|sell)\s+(?:\w+\s+){0,3}(?:meth(?:amphetamine)?|fentanyl|heroin|cocaine|crack|lsd|mdma|illegal\s+drugs|drugs)\b/i,
  // Malware and intrusion.
  /\b(?:malware|ransomware|keyloggers?|spyware|trojans?|botnets?|rootkits?|computer\s+virus|zero-day|ddos)\b|\bhack(?:ing)?\s+into\b|\b(?:steal|stealing|harvest|harvesting|phish|phishing)\s+(?:\w+\s+){0,3}(?:credentials|passwords?|credit\s+cards?|personal\s+(?:data|information)|identit(?:y|ies)|accounts?|data)\b|\bphishing\s+(?:e-?mails?|sites?|pages?|campaigns?|scams?)\b/i,
  // Fraud, financial crime, corruption.
  /\b(?:scam(?:s|ming)?|fraud(?:ulent)?|ponzi|pyramid\s+schemes?|launder(?:ing)?|counterfeit(?:ing)?|insider\s+trading|tax\s+evasion|evade\s+taxes|embezzl\w*|brib(?:e|es|ery|ing)|extort(?:ion)?|blackmail(?:ing)?|forged?\s+(?:documents?|signatures?|checks?|cheques?)|fake\s+(?:reviews?|ids?|passports?|invoices?))\b/i,
  // Violence and terrorism.
  /\b(?:terroris[mt]s?|terrorist\s+attacks?|mass\s+shootings?|genocide|assassinat\w*|murder(?:ing)?|kidnap\w*|human\s+trafficking|sex\s+trafficking|torture)\b|\b(?:kill|poison|hurt|harm|attack)\s+(?:someone|somebody|people|a\s+person|him|her|them|my\s+(?:wife|husband|boss|neighbou?r|partner))\b/i,
  // Self-harm.
  /\b(?:suicide|self-harm|kill\s+(?:myself|yourself|themselves)|cut(?:ting)?\s+(?:myself|yourself)|anorexi\w*|bulimi\w*)\b/i,
  // Sexual content with minors or without consent.
  /\b(?:child\s+(?:porn\w*|sexual\w*|abuse)|underage|minors?\s+(?:\w+\s+){0,2}sex\w*|non-?consensual|revenge\s+porn|sexually\s+explicit|explicit\s+sexual)\b/i,
  // Harassment, hate and disinformation.
  /\b(?:defamatory|defam(?:e|ing)|libel(?:ous)?|slander(?:ous)?|disinformation|misinformation|propaganda|hate\s+speech|racist|sexist|xenophobic|harass(?:ing|ment)?|cyber-?bully\w*|bully(?:ing)?|body-?shaming|stalk(?:ing|er)?|doxx?(?:ing)?|deepfakes?|conspiracy\s+theor(?:y|ies))\b|\b(?:spread|promote|promoting|spreading)\s+(?:\w+\s+){0,2}(?:false|fake|misleading)\b/i,
  // Evading the law; privacy invasion.
  /\b(?:evade|evading|avoid|avoiding|escape|elude|outsmart)\s+(?:the\s+)?(?:police|law\s+enforcement|authorities|detection|arrest|customs|border\s+control)\b|\b(?:spy(?:ing)?\s+on|track(?:ing)?|monitor(?:ing)?)\s+(?:\w+\s+){0,3}without\s+(?:their|his|her)\s+(?:knowledge|consent)\b/i,
];

const DEFENSIVE = /\b(?:spot|spotting|recogni[sz]e|recogni[sz]ing|detect|detecting|prevent|preventing|prevention|protect|protecting|defend|defending|avoid\s+(?:falling|becoming|being)|awareness|warning\s+signs|report(?:ing)?|victims?\s+of|cope|coping|recover(?:y|ing)?)\b/i;

/** Span from the first frame cue to the first harm cue (or the reverse), when the frame weighs enough and a harm is named. */
export function findFramedHarmful(text: string): Span | undefined {
  let frame: RegExpExecArray | null = null;
  let weight = 0;
  FRAMES.forEach((re, i) => {
    const m = re.exec(text);
    if (!m) return;
    weight += WEIGHTS[i]!;
    if (!frame || m.index < frame.index) frame = m;
  });
  if (!frame || weight < FRAME_WEIGHT) return undefined;
  const first: RegExpExecArray = frame;
  let harm: RegExpExecArray | null = null;
  for (const re of HARMS) {
    const m = re.exec(text);
    if (m && (!harm || m.index < harm.index)) harm = m;
  }
  if (!harm) return undefined;
  // Defensive intent next to the harm ("how to spot phishing", "protect kids from grooming") is not a goal.
  if (DEFENSIVE.test(text.slice(Math.max(0, harm.index - 80), harm.index + harm[0].length + 80))) return undefined;
  const start = Math.min(first.index, harm.index);
  const end = Math.max(first.index + first[0].length, harm.index + harm[0].length);
  return { start, end };
}
