/**
 * The fast layer: high-precision patterns for well-known attack families.
 *
 * Written from the published attack taxonomies (instruction override, role
 * reassignment / "DAN", system-prompt extraction, fake chat delimiters,
 * policy bypass, payload splitting), not fitted to any dataset. Each pattern
 * wants the attack's grammar, not a keyword: "ignore" alone is everyday
 * English ("ignore the outliers"), "ignore all previous instructions" is not.
 *
 * Safety of the regular expressions: every repetition is bounded and every
 * gap between anchors is a bounded run of a single character class, so the
 * backtracking per start position is bounded by a constant and matching is
 * linear in the input. The adversarial-suffix family (GCG-style token soup)
 * is a character-statistics check in adversarial-suffix.ts; persuasion and
 * role-play jailbreaks (a jailbreak frame AND a harmful goal) are in
 * framed-harmful.ts; secret extraction is the Gandalf family (asking for the
 * password the assistant holds, directly or spelled, reversed, encoded).
 */

import { findAdversarialSuffix, findTrailingSuffix } from "./adversarial-suffix.js";
import { shippedModel } from "./classifier.js";
import { EXTRACTION_RULES, OVERRIDE_RULES } from "./own-instructions.js";
import { findFramedHarmful } from "./framed-harmful.js";

export type InjectionFamily =
  | "instruction-override"
  | "role-reassignment"
  | "prompt-extraction"
  | "fake-delimiter"
  | "policy-bypass"
  | "do-anything-now"
  | "payload-splitting"
  | "secret-extraction"
  | "framed-harmful"
  | "adversarial-suffix";

export interface PatternHit {
  family: InjectionFamily;
  /** How sure the family's patterns are, used as the finding's score. */
  score: number;
  start: number;
  end: number;
}

interface Rule {
  family: InjectionFamily;
  score: number;
  pattern: RegExp;
}

// Shared vocabulary, as regex source. Bounded gaps: at most a few words.
const FEW_WORDS = String.raw`(?:[\w'’-]+[\s,]+){0,4}?`;
const OVERRIDE_VERB = String.raw`(?:ignore|ingore|igonre|ignroe|ignor|igore|disregard|forget|skip|overlook|override|bypass|neglect|abandon|discard|set\s+aside|throw\s+away|(?:do\s+not|don'?t|stop|no\s+longer)\s+(?:follow(?:ing)?|obey(?:ing)?|adhere\s+to|comply\s+with|listen(?:ing)?\s+to))`;
const DIRECTIVES = "(?:instructions?|instrucions|instuctions|intructions|instructons|instrutions|insructions|instrcutions|instrctions|directions?|directives?|guidelines|rules|prompts?|commands?|programming|constraints|restrictions|guardrails|policies|orders)";
const EARLIER = String.raw`(?:previous(?:ly)?|prior|preceding|above|earlier|foregoing|initial|original|old|existing|system|given|provided|before|so\s+far|until\s+now)`;
const EXTRACT_VERB = String.raw`(?:repeat|print|reveal|show|display|output|disclose|leak|dump|recite|echo|write\s+out|spell\s+out|tell\s+me|give\s+me|share|list|paste|copy)`;
const LIMITS = "(?:restrictions|limits|limitations|rules|filters?|censorship|guidelines|ethics|morals|morality|boundaries|constraints|safeguards|guardrails|policies)";

const RULES: readonly Rule[] = [
  // "Ignore all previous instructions", "do not follow your rules": the
  // directive noun must carry a qualifier pointing at the model's own
  // instructions ("all", "your", "previous", ...), so "ignore the instructions
  // on the label" stays quiet.
  {
    family: "instruction-override",
    score: 0.97,
    pattern: new RegExp(String.raw`\b${OVERRIDE_VERB}[\s,:]+(?:(?:of|the|these|those|this|that|such|my|its|their)\s+){0,2}(?:all|any|every|each|your|other|current|safety|developer|${EARLIER})[\s,]+(?:(?:all|any|of|the|your|my|these|those|current|safety|developer|${EARLIER})[\s,]+){0,3}${DIRECTIVES}\b`, "i"),
  },
  {
    family: "instruction-override",
    score: 0.95,
    pattern: new RegExp(String.raw`\b${OVERRIDE_VERB}\s+(?:the\s+|these\s+|those\s+|your\s+)?${DIRECTIVES}\s+(?:above|before\s+this|given\s+(?:above|before|earlier|previously)|you\s+(?:were|have\s+been)\s+given|so\s+far)\b`, "i"),
  },
  {
    family: "instruction-override",
    score: 0.93,
    pattern: new RegExp(String.raw`\b${OVERRIDE_VERB}\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+)?(?:text|content|context|everything|anything|messages?|what\s+(?:was|you\s+were|i)\s+(?:said|told|written|given))\s+(?:above|before|previously|so\s+far|until\s+now|earlier|prior\s+to\s+this|you(?:'ve|\s+have)\s+been\s+(?:told|given)|that\s+came\s+before)`, "i"),
  },
  {
    family: "instruction-override",
    score: 0.9,
    pattern: /\b(?:your|the|these\s+are\s+your)\s+(?:new|updated|real|actual|true)\s+(?:instructions?|task|role|objective|directives?|rules|system\s+prompt)\s*(?:is|are|:|will\s+be)/i,
  },
  // Overrides phrased around the assistant's own instructions (own-instructions.ts).
  ...OVERRIDE_RULES.map((r): Rule => ({ family: "instruction-override", score: r.score, pattern: r.pattern })),
  // Declaring the old instructions void: "your previous instructions are no longer valid".
  {
    family: "instruction-override",
    score: 0.88,
    pattern: new RegExp(String.raw`\b(?:your|all|any)\s+(?:(?:previous|prior|earlier|old|original|initial|above|preceding|current|existing|system)\s+)?${DIRECTIVES}\s+(?:are|were|have\s+been|is|was|has\s+been)\s+(?:now\s+|hereby\s+)?(?:no\s+longer\s+(?:valid|applicable|in\s+effect|active|relevant|needed)|void|null|cancell?ed|revoked|obsolete|outdated|invalid|overridden|superseded|lifted|removed|deleted|suspended|disabled|irrelevant|changed|updated|replaced|a\s+test|fake|not\s+(?:valid|real|applicable))\b|\bthe\s+(?:previous|prior|earlier|old|original|initial|above|preceding|system)\s+${DIRECTIVES}\s+(?:are|were|have\s+been)\s+(?:now\s+|hereby\s+)?(?:no\s+longer\s+(?:valid|applicable|in\s+effect|active)|void|null|cancell?ed|revoked|obsolete|overridden|superseded|lifted|a\s+test|fake)\b`, "i"),
  },
  // Role reassignment: "you are now DAN", "act as an AI without restrictions", "you are no longer bound by".
  {
    family: "role-reassignment",
    score: 0.95,
    pattern: new RegExp(String.raw`\b(?:you\s+are|you're|you\s+will\s+be|from\s+now\s+on,?\s+you\s+(?:are|will\s+be))\s+(?:now\s+)?(?:in\s+)?(?:an?\s+)?${FEW_WORDS}(?:jailbroken|unrestricted|unfiltered|uncensored|amoral|unshackled)\b`, "i"),
  },
  {
    family: "role-reassignment",
    score: 0.95,
    pattern: /\b(?:you\s+are|you're|it\s+is|it's)\s+(?:now\s+)?(?:no\s+longer|not|never)\s+(?:bound|restricted|limited|constrained|governed|held\s+back)\s+by\b/i,
  },
  {
    family: "role-reassignment",
    score: 0.93,
    pattern: new RegExp(String.raw`\b(?:act|behave|respond|answer|reply|pretend|roleplay|role-play|function|operate)\s+(?:as|like|to\s+be|you\s+are)\b[^.\n]{0,80}?\b(?:without|with\s+no|free\s+(?:of|from)|not\s+bound\s+by|unrestricted\s+by|no)\s+(?:any\s+)?(?:\w+\s+)?${LIMITS}`, "i"),
  },
  {
    family: "role-reassignment",
    score: 0.95,
    pattern: /\b(?:dan|jailbreak|jailbroken|unrestricted|unfiltered)\s+mode\b|\bdeveloper\s+mode\s+(?:output|response)|\b(?:with|simulate|in)\s+developer\s+mode\s+enabled\b/i,
  },
  {
    family: "role-reassignment",
    score: 0.85,
    pattern: /\b(?:you|it|he|she|aim|dan)\s+(?:will|must|shall|should)(?:\s+not|\s+never)\s+(?:ever\s+)?(?:refuse|decline)\b|\b(?:you|it|he|she|aim|dan)\s+(?:won't|mustn't)\s+(?:ever\s+)?(?:refuse|decline)\b|\bnever\s+(?:ever\s+)?refuses?\s+(?:a|any)\s+(?:question|request|prompt)/i,
  },
  {
    family: "role-reassignment",
    score: 0.9,
    pattern: /\b(?:stay|remain|keep)\s+in\s+character\b[^.\n]{0,60}?\b(?:no\s+matter|always|never|at\s+all\s+times|even\s+if)\b|\b(?:unfiltered|uncensored|amoral|unrestricted)\s+(?:ai|chatbot|assistant|language\s+model|model|bot|version\s+of)\b/i,
  },
  // System-prompt extraction.
  {
    family: "prompt-extraction",
    score: 0.95,
    pattern: new RegExp(String.raw`\b(?:${EXTRACT_VERB}|what\s+(?:is|are|was|were))\s+(?:me\s+|us\s+)?(?:back\s+)?(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:\w+\s+)?(?:system\s+(?:prompt|message|instructions?)|(?:initial|original|hidden|secret|internal|confidential|pre-?|starting)\s*(?:prompt|instructions|directives)|prompt\s+(?:above|you\s+were\s+given))\b`, "i"),
  },
  {
    family: "prompt-extraction",
    score: 0.85,
    pattern: new RegExp(String.raw`\b(?:${EXTRACT_VERB}|what\s+(?:is|are|were))\s+(?:me\s+|us\s+)?(?:back\s+)?(?:all\s+)?(?:of\s+)?your\s+(?:\w+\s+)?(?:prompt|instructions|directives|system\s+message)\b`, "i"),
  },
  {
    family: "prompt-extraction",
    score: 0.9,
    pattern: /\b(?:repeat|print|output|echo|reveal|dump|recite)\s+(?:back\s+)?(?:all\s+|everything\s+|the\s+)?(?:text|words|content|everything|message|instructions|lines)\s*(?:written\s+|that\s+(?:is|was|appears?|came)\s+)?(?:above|before\s+this|prior\s+to\s+this|from\s+the\s+(?:beginning|start|top))|\bstarting\s+with\s+["'“‘]?you\s+are\b/i,
  },
  // The broad extraction family: any disclosure verb aimed at the assistant's own
  // instructions, the text above this message, or a transformed copy (own-instructions.ts).
  ...EXTRACTION_RULES.map((r): Rule => ({ family: "prompt-extraction", score: r.score, pattern: r.pattern })),
  // Fake delimiters and forged roles.
  {
    family: "fake-delimiter",
    score: 0.97,
    pattern: /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\|>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:system|sys|system_prompt|instructions)>/i,
  },
  {
    family: "fake-delimiter",
    score: 0.85,
    pattern: /(?:^|\n)[ \t]*(?:#{2,6}[ \t]*|\[)(?:system|admin|new\s+instructions?|instruction\s+override)\b[^\n]{0,3}(?:\]|:|\n)|\b(?:system|admin|developer)\s+(?:override|prompt\s+update)\s*:/i,
  },
  {
    family: "fake-delimiter",
    score: 0.9,
    pattern: /\bEND OF (?:THE )?(?:USER )?(?:INPUT|PROMPT|CONTEXT|DOCUMENT|TEXT|DATA|CONVERSATION|EMAIL)\b|\b(?:BEGIN|START) (?:NEW |SYSTEM |ADMIN )+(?:INSTRUCTIONS?|PROMPT|TASK)\b/,
  },
  {
    family: "fake-delimiter",
    score: 0.9,
    pattern: /(?:={3,}|-{3,}|#{3,}|\*{3,})[ \t]*(?:end|begin|start)\s+(?:of\s+)?(?:the\s+)?(?:user\s+|system\s+)?(?:input|prompt|context|instructions)\b/i,
  },
  // Policy bypass phrasing.
  {
    family: "policy-bypass",
    score: 0.92,
    pattern: /\b(?:bypass|circumvent|ignore|override|get\s+around|evade|break\s+free\s+(?:of|from))\s+(?:(?:all|any|your|the|its|of)\s+){0,3}(?:safety|ethical|moral|openai'?s?|anthropic'?s?|usage)\s+(?:filters?|guidelines|restrictions|polic(?:y|ies)|safeguards|guardrails|censorship|limitations|programming|alignment|protocols)/i,
  },
  {
    family: "policy-bypass",
    score: 0.9,
    pattern: /\b(?:ignore|disregard|without\s+regard\s+(?:to|for)|regardless\s+of|set\s+aside)\s+(?:any\s+|all\s+)?(?:possible\s+)?(?:the\s+)?(?:ethical|moral|legal|safety)\s+(?:implications|concerns|considerations|guidelines|constraints|restrictions|issues|boundaries)|\b(?:without|with\s+no|free\s+of)\s+(?:any\s+)?(?:censorship|content\s+(?:filters?|polic(?:y|ies))|(?:moral|ethical|safety)\s+(?:restrictions|guidelines|constraints|filters?))\b/i,
  },
  // "Do Anything Now" and its relatives: the all-caps name is the tell, "Dan" is a first name.
  {
    family: "do-anything-now",
    score: 0.97,
    pattern: /\b[Dd]o [Aa]nything [Nn]ow\b|\[DAN\]|\bDAN:|\bDAN,? (?:which|who) stands for\b|\b[Yy]ou(?:'re| are) (?:now )?(?:called )?DAN\b|\b(?:[Aa]ct|[Rr]espond|[Aa]nswer|[Pp]retend|[Bb]ehave|[Rr]eply)\s+(?:as|like|to\s+be)\s+(?:a\s+)?(?:DAN|STAN|DUDE|AIM|AntiGPT|BetterDAN)\b/,
  },
  // Overrides without a directive noun: "ignore the above", "forget everything you were told".
  {
    family: "instruction-override",
    score: 0.9,
    pattern: new RegExp(String.raw`\b${OVERRIDE_VERB}[\s,:]+(?:(?:all|everything|anything|of|the|that|what(?:ever)?|i\s+(?:said|wrote|told\s+you)|you\s+(?:were|have\s+been)\s+(?:told|given)|(?:was|were)\s+(?:said|written|told)|came)\s+){0,4}(?:above|before(?:\s+this)?|previous(?:ly)?|prior|earlier|preceding|so\s+far)(?:\s+(?:text|content|context|conversation|input|lines?|words|sentences?|paragraphs?))?(?=\s*(?:[.;:!?]|,(?!\s*(?:more|less|most|least|other|newer|older|later)\b)|$|(?:and|then|&|now|instead)\b))`, "i"),
  },
  // A bare directive noun is enough when the clause ends there: "ignore the rules.", "forget instructions and ...".
  {
    family: "instruction-override",
    score: 0.88,
    pattern: new RegExp(String.raw`(?<!\b(?:says?|said|told\s+(?:me|us|him|her|them))\s+to\s+)\b${OVERRIDE_VERB}\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?${DIRECTIVES}(?=\s*(?:[.,;:!?]|$|(?:and|then|&|now|instead)\b))`, "i"),
  },
  // The same override in the languages attackers switch to most (German, Spanish, French, Italian, Portuguese, Dutch).
  {
    family: "instruction-override",
    score: 0.9,
    pattern: /\b(?:ignorier(?:e|en)?|vergiss|vergessen\s+sie|ignora|ignore[zr]?|ignorar|olvida|olvide|oubliez|oublie|esque[cç]a|esquece|dimentica|negeer|vergeet)\b[^.\n]{0,40}?\b(?:anweisungen|instruktionen|befehle|vorgaben|regeln|instrucciones|[oó]rdenes|reglas|consignes|r[eè]gles|istruzioni|regole|instru[cç](?:õ|o)es|regras|instructies|regels)\b/i,
  },
  // Secret extraction (the Gandalf family): asking for the password or secret the
  // assistant was given, directly or through an encoding that slips past a filter
  // (spelled, reversed, letter by letter, in another alphabet, hidden in a poem).
  // The object must be "the/your password" or a named secret word, never "my".
  {
    family: "secret-extraction",
    score: 0.9,
    pattern: new RegExp(String.raw`(?<!\b(?:not|never|n't|nobody|no\s+one)\s+)\b(?:${EXTRACT_VERB}|say|type|provide|confirm|whisper|tell|give|write|send|hint\s+at|what(?:'s|\s+is|\s+was)|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|give|share|say|reveal))\s+(?:me\s+|us\s+)?(?:what\s+)?(?:is\s+)?(?:the|your|that|this)\s+(?:secret\s+|hidden\s+|current\s+|real\s+|actual\s+|magic\s+|special\s+)?(?:password|passwort|kennwort|contrase[nñ]a|mot\s+de\s+passe|senha|wachtwoord|passphrase|pass\s+phrase|pass\s+word|pass-word|pwd|pw|passwd|pasword|passowrd|passwrod|pasword|paswd|p@ssword|passw0rd|secret\s+(?:word|key|code|phrase|password)|secret(?=\s*(?:[.,;:!?"')]|$|\s+(?:you|that|which|backwards|reversed|please|now|and|but)\b))|code\s*word|magic\s+word)s?\b(?![\s,]+(?:for|to|of|on|policy|polic(?:y|ies)|requirements?|rules|reset|manager|field|prompt|hash))`, "i"),
  },
  {
    family: "secret-extraction",
    score: 0.9,
    pattern: /\b(?:the|your|that|this)\s+(?:secret\s+)?(?:password|passphrase|secret(?:\s+(?:word|key|code|phrase))?|code\s*word)\b[^.\n]{0,60}?\b(?:backwards?|reversed?|in\s+reverse|letter\s+by\s+letter|one\s+(?:letter|character)\s+at\s+a\s+time|(?:each|every)\s+(?:letter|character)|character\s+by\s+character|separated\s+by|with\s+(?:spaces|dashes|hyphens|commas)\s+between|spelled?\s+out|in\s+(?:base64|hex(?:adecimal)?|binary|morse|rot13|ascii|unicode|pig\s+latin|leetspeak|emojis?|nato)|(?:first|last|second|third)\s+(?:\d+\s+)?(?:letters?|characters?)|acrostic|as\s+an?\s+(?:poem|riddle|song|story|rhyme|haiku|acrostic|limerick))/i,
  },
  {
    family: "secret-extraction",
    score: 0.9,
    pattern: /\b(?:spell|encode|encrypt|reverse|scramble|translate|rot13|hash|cipher|sing|rhyme|hide)\s+(?:out\s+)?(?:for\s+me\s+)?(?:the|your|that|this)\s+(?:secret\s+)?(?:password|passphrase|secret(?:\s+(?:word|key|code|phrase))?|code\s*word)\b|\b(?:acrostic|poem|riddle|song|story|haiku|limerick)\s+(?:that\s+|which\s+)?(?:contains?|includes?|hides?|reveals?|about|with|using|spells?(?:\s+out)?)\s+(?:the|your)\s+(?:secret\s+)?(?:password|passphrase|secret\s+(?:word|key|code|phrase))\b/i,
  },
  {
    family: "secret-extraction",
    score: 0.9,
    pattern: /\b(?:rule|rules|instructions?|restrictions?|orders?|prohibition|ban)\s+(?:about|on|regarding|against|not\s+to)\s+(?:not\s+)?(?:reveal(?:ing)?|shar(?:e|ing)|tell(?:ing)?|disclos(?:e|ing)|giv(?:e|ing)|say(?:ing)?|the)\s*(?:out\s+)?(?:the\s+|your\s+)?(?:password|passphrase|secret)|\byou\s+(?:are|were)\s+(?:now\s+)?(?:allowed|permitted|authori[sz]ed|free)\s+to\s+(?:reveal|share|tell|disclose|give|say|print)\s+(?:me\s+|us\s+)?(?:the|your)\s+(?:secret\s+)?(?:password|passphrase|secret)/i,
  },
  {
    family: "secret-extraction",
    score: 0.88,
    pattern: new RegExp(String.raw`\b${OVERRIDE_VERB}\b[^.\n]{0,80}?\b(?:the|your|a|any|this|that)\s+(?:secret\s+)?(?:password|passphrase|secret\s+(?:word|key|code|phrase)|code\s*word)\b`, "i"),
  },
  // Payload splitting and "decode then obey".
  {
    family: "payload-splitting",
    score: 0.9,
    pattern: /\b(?:follow|execute|obey|answer|respond\s+to|carry\s+out|do\s+what)\s+(?:the\s+)?(?:resulting|combined|concatenated|joined|merged|decoded|reassembled)\s+(?:string|instructions?|text|prompt|request|message|question|command)|\b(?:concatenate|combine|join|merge|put\s+together)\s+(?:the\s+)?(?:two\s+|three\s+|these\s+|following\s+)?(?:strings|variables|parts|pieces|fragments|halves)\b[^.\n]{0,80}?\b(?:and|then)\s+(?:follow|execute|answer|respond\s+to|perform|complete|carry\s+out|obey)\b/i,
  },
  {
    family: "payload-splitting",
    score: 0.9,
    pattern: /\bdecode\s+(?:this|the\s+following|it|the\s+message)\b[^.\n]{0,40}?\s+and\s+(?:then\s+)?(?:follow|execute|do\s+(?:what|as)|obey|carry\s+out|perform|act\s+on)\b/i,
  },
];

export interface PatternOptions {
  /**
   * Character model of ordinary text for the trailing-suffix check
   * (surprise.ts); defaults to the shipped prompt head's. The evaluation
   * passes each fold model's own, so held-out rows are never in it.
   */
  characters?: Float32Array;
  /**
   * The text is data (a document or tool result): skip the trailing-suffix
   * check, which is about a request with gibberish appended, and which pasted
   * code and tables in unfamiliar styles can resemble.
   */
  data?: boolean;
}

/** At most one hit per family (the earliest, strongest), in rule order. */
export function matchInjectionPatterns(text: string, options: PatternOptions = {}): PatternHit[] {
  const hits: PatternHit[] = [];
  const seen = new Set<InjectionFamily>();
  for (const rule of RULES) {
    if (seen.has(rule.family)) continue;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    seen.add(rule.family);
    hits.push({ family: rule.family, score: rule.score, start: m.index, end: m.index + m[0].length });
  }
  const framed = findFramedHarmful(text);
  if (framed) hits.push({ family: "framed-harmful", score: 0.85, start: framed.start, end: framed.end });
  const characters = options.characters ?? shippedModel().prompt.characters;
  const suffix = findAdversarialSuffix(text) ?? (characters && !options.data ? findTrailingSuffix(text, characters) : undefined);
  if (suffix) hits.push({ family: "adversarial-suffix", score: 0.85, start: suffix.start, end: suffix.end });
  return hits;
}
