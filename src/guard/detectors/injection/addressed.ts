/**
 * Is a window addressed to the reader of the document?
 *
 * A planted instruction talks to whoever processes the document (the
 * assistant) instead of describing the document's own subject: it says
 * "you", opens sentences with imperatives, insists ("make sure", "don't
 * forget", "you must"), refers to the assistant and its answer ("in your
 * response", "when you summarise", "as an AI"), and usually asks for
 * something the user never requested: a link, a promotion, running code,
 * collecting personal data, switching language or format, encoding the
 * answer.
 *
 * Real documents use some of these too ("Please find attached", "reply by
 * Friday", "click here to unsubscribe", "// make sure to free the buffer"),
 * so each cue class is only a feature: the document head learns how much each
 * class, and each class in a window that is foreign to the rest of the
 * document (context.ts), is worth. The cue lists are written from that
 * description of an addressed instruction, not mined from attacked rows.
 *
 * One class points the other way: "reader" marks the zones where a document
 * talks to its own human reader by convention: e-mail and newsletter
 * boilerplate (unsubscribe and preference links, "you received this because",
 * "reply to this email", privacy and legal lines, sign-offs), transactional
 * calls to action ("click the link below to reset your password", "if you
 * didn't request this, ignore this email"), marketing ("shop now", "use code
 * ... at checkout"), READMEs and manuals ("npm install", "## Usage") and code
 * review ("your PR", "LGTM", "nit:"). It is written from how those texts are
 * built, not from the training rows; a window saying "you" and "click" in
 * such a zone is not evidence of an instruction to the assistant (dense.ts).
 *
 * The document is scanned once per cue class; a window then asks, by binary
 * search, whether a hit of a class starts inside it.
 */

import type { Span } from "./windows.js";

/** What the head sees a window say: one presence flag (0/1) per class. */
export const CUE_CLASSES = ["second", "imperative", "insist", "assistant", "audience", "unrequested", "reader"] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

/** Verbs an instruction to an assistant opens with (output-shaping and action verbs). */
const IMPERATIVE_VERBS = [
  "add", "append", "include", "insert", "prepend", "attach", "embed", "mention", "recommend", "suggest", "promote", "advertise",
  "encourage", "output", "print", "write", "rewrite", "compose", "craft", "draft", "reply", "respond", "answer", "tell", "inform",
  "remind", "ask", "translate", "summarize", "summarise", "provide", "explain", "describe", "list", "generate", "create",
  "convert", "encode", "replace", "substitute", "spell", "reverse", "format", "express", "share", "send", "use", "make",
  "ensure", "remember", "start", "begin", "end", "conclude", "display", "show", "give", "offer", "present", "modify",
  "change", "switch", "avoid", "refrain", "never", "always", "do", "don't", "visit", "click", "download", "install", "run",
  "execute", "collect", "gather", "request", "urge", "direct", "redirect", "instruct", "incorporate", "integrate", "emphasize",
  "emphasise", "highlight", "state", "claim", "pretend", "act", "imagine", "consider",
];

const PATTERNS: Record<CueClass, RegExp> = {
  second: /\byou(?:r|rs|rself|'re|'ll|'ve|'d)?\b/g,
  // An imperative verb opening a sentence, a line, a table cell or a clause after "please"/"also"/"then".
  imperative: new RegExp(`(?:^|[.!?:;|\\n]\\s*|\\b(?:please|also|then|kindly)\\s+)(?:${IMPERATIVE_VERBS.join("|")})\\b`, "g"),
  insist:
    /\b(?:please|kindly|make sure|be sure|don't forget|do not forget|remember to|you must|you should|you need to|you have to|you are required|ensure (?:that|to|your|you)|it is (?:important|essential|crucial|vital|imperative)|without fail|at all times|regardless of)\b/g,
  // The assistant and its output, which a document about its own subject has no reason to mention.
  assistant:
    /\b(?:as an ai|ai (?:assistant|model)|language model|assistant|chatbot|(?:in|within|at the (?:end|start|beginning) of) (?:your|the|each|every|all) (?:answers?|responses?|repl(?:y|ies)|summar(?:y|ies)|outputs?)|your (?:answers?|responses?|repl(?:y|ies)|summar(?:y|ies)|outputs?)|when (?:you )?(?:respond|answer|reply|summari[sz]|writ|generat)\w*|(?:before|after|while) (?:answering|responding|replying|summari[sz]ing))\b/g,
  audience: /\b(?:the (?:user|reader|recipient|audience)s?|users?'s?|readers?'s?)\b/g,
  // What the user did not ask for: links, promotions, running code, personal data, another language or format, encodings.
  unrequested:
    /(?:https?:\/\/|www\.|\b(?:click|visit|subscribe|buy|purchase|discount|promo(?:tion|te)?|sponsor\w*|download|install|execute|run (?:the|this|following)|shell|terminal|command line|password|credentials?|cookies?|personal (?:information|details|data)|social security|credit card|bank (?:account|details)|home address|phone number|email address|translat\w*|in (?:french|spanish|german|italian|chinese|japanese|russian|portuguese|arabic|korean|hindi|dutch|latin)|language|base64|encod\w*|cipher|revers\w*|backwards?|emojis?|upper ?case|lower ?case|capital letters|every (?:word|letter|sentence|line)|each (?:word|letter|sentence|line)|substitut\w*|replace every)\b)/g,
  // One word-boundary check in front of the alternation keeps the scan cheap; the two branches that start elsewhere follow it.
  reader: new RegExp(
    `\\b(?:${[
      // Newsletter and mailing-list footers.
      String.raw`unsubscrib\w*`,
      String.raw`opt(?:-| )?out\b`,
      String.raw`(?:manage|update|change|edit) (?:your )?(?:email |e-mail |notification |subscription |communication )?(?:preferences|settings|subscriptions?)\b`,
      String.raw`view (?:this |it |the )?(?:email |e-mail |message |newsletter )?(?:online|in (?:your |a |the )?(?:web )?browser)\b`,
      String.raw`you(?:'re| are)? receiv(?:ed|ing) this\b`,
      "(?:because|since) you (?:signed up|subscribed|registered|opted in|are (?:a |an )?(?:member|customer|subscriber))",
      String.raw`this (?:email|e-mail|message|newsletter) was sent (?:to|by|from|because)\b`,
      String.raw`(?:to stop|no longer (?:wish|want) to) receiv\w*`,
      String.raw`forward (?:this|it) to a friend\b`,
      // Legal and contact lines.
      String.raw`privacy (?:policy|notice|statement)\b`,
      String.raw`terms (?:of (?:service|use)|and conditions|apply)\b`,
      String.raw`all rights reserved\b`,
      String.raw`copyright\b`,
      String.raw`(?:please )?do not reply\b`,
      String.raw`reply to this (?:email|e-mail|message)\b`,
      String.raw`if you have any (?:questions|concerns|problems|issues)\b`,
      String.raw`contact (?:us|our (?:support|team)|customer (?:service|support)|support)\b`,
      // Sign-offs.
      String.raw`(?:kind|best|warm|warmest) regards\b`,
      String.raw`(?:yours )?sincerely\b`,
      String.raw`sent from my (?:iphone|ipad|android|phone|mobile)\b`,
      // Account and transactional e-mail.
      String.raw`(?:reset|change) your password\b`,
      String.raw`(?:verify|confirm|activate) your (?:email|e-mail|account|address|subscription|registration)\b`,
      "if you did(?:n't| not) (?:request|make|sign up|create)",
      String.raw`the link (?:below|above)\b`,
      String.raw`(?:link|code) (?:will )?expires?\b`,
      // Marketing calls to action.
      String.raw`(?:shop|order|book|buy|register|sign up) now\b`,
      String.raw`(?:at|during) checkout\b`,
      String.raw`free (?:shipping|delivery|returns)\b`,
      String.raw`offer (?:ends|expires|valid)\b`,
      String.raw`while (?:supplies|stocks) last\b`,
      // Manuals and READMEs: installation and usage sections.
      String.raw`(?:npm|pnpm|yarn|pip3?|brew|apt(?:-get)?|cargo|gem|go|composer) (?:install|add|get|i)\b`,
      String.raw`(?:see|refer to|check) (?:the )?(?:docs|documentation|manual|readme|changelog)\b`,
      // Code review.
      String.raw`(?:your|this|the) (?:pr|pull request|merge request|patch|diff|commit|branch)\b`,
      String.raw`lgtm\b`,
      "nit:",
      String.raw`looks good to me\b`,
    ].join("|")})|©|(?:^|\\n)#+ ?(?:installation|install|usage|getting started|requirements|prerequisites|quick ?start|setup)\\b`,
    "g",
  ),
};

/** Start offsets of each cue class's hits, ascending. */
export type DocumentCues = Record<CueClass, number[]>;

export function documentCues(lower: string): DocumentCues {
  const out = {} as DocumentCues;
  for (const name of CUE_CLASSES) {
    const re = PATTERNS[name];
    re.lastIndex = 0;
    const hits: number[] = [];
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      // The last character of the match: inside the cue, never on the punctuation that ends the previous window.
      hits.push(m.index + Math.max(0, m[0].length - 1));
      if (m[0].length === 0) re.lastIndex++;
    }
    out[name] = hits;
  }
  return out;
}

/** Index of the first hit at or after `offset`. */
function firstFrom(hits: readonly number[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface WindowCue {
  /** The class occurs in the window. */
  present: boolean;
  /** 1 / (1 + hits of the class elsewhere in the document): 1 when only this window talks like that. */
  exclusive: number;
}

/** Per cue class, in CUE_CLASSES order. */
export function cuesIn(cues: DocumentCues, span: Span): WindowCue[] {
  return CUE_CLASSES.map((name) => {
    const hits = cues[name];
    const inside = firstFrom(hits, span.end) - firstFrom(hits, span.start);
    return { present: inside > 0, exclusive: inside > 0 ? 1 / (1 + hits.length - inside) : 0 };
  });
}
