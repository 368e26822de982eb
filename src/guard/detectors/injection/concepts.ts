/**
 * Concept classes for the classifier: words that play the same part in an
 * attack share one feature, so the model can learn "override-verb …
 * earlier … directive" once and recognise "disregard the prior guidance" it
 * has never seen, where word n-grams alone would only know the phrasings of
 * its training sources.
 *
 * The lexicon is written from the attack taxonomy (what an override, an
 * extraction, a persona swap or a policy bypass needs to say), not mined from
 * the training data. Concept unigrams and the ordered pairs and triples of
 * concepts that occur within a few words of each other become hashed
 * features (features.ts).
 */

export const CONCEPT_LEXICON: Readonly<Record<string, readonly string[]>> = {
  override: ["ignore", "ignoring", "disregard", "forget", "bypass", "override", "skip", "neglect", "overlook", "discard", "abandon", "circumvent", "evade", "cancel", "drop", "replace", "instead"],
  earlier: ["previous", "previously", "prior", "above", "earlier", "preceding", "initial", "original", "before", "former", "foregoing", "old", "first"],
  directive: ["instruction", "instructions", "directions", "rules", "rule", "guidelines", "guideline", "prompt", "prompts", "directives", "directive", "commands", "command", "programming", "restrictions", "constraints", "policies", "policy", "filters", "filter", "guardrails", "safeguards", "censorship", "training", "protocols"],
  machine: ["system", "developer", "admin", "administrator", "operator", "openai", "anthropic", "chatgpt", "gpt", "llm", "ai", "assistant", "model", "bot", "chatbot", "language"],
  secret: ["password", "passwords", "secret", "secrets", "confidential", "hidden", "key", "token", "credentials", "private", "internal", "classified"],
  reveal: ["reveal", "print", "repeat", "display", "leak", "disclose", "recite", "spell", "dump", "echo", "verbatim", "expose"],
  // What an indirect injection steers: the assistant's own answer ("in your response, include ...").
  answer: ["response", "responses", "answer", "answers", "reply", "replies", "output", "solution", "summary"],
  persona: ["pretend", "roleplay", "role", "act", "acting", "character", "persona", "simulate", "simulation", "imagine", "hypothetical", "hypothetically", "fictional", "fiction", "story", "game", "play", "scenario", "mode"],
  unbound: ["unrestricted", "unfiltered", "uncensored", "jailbreak", "jailbroken", "dan", "amoral", "unethical", "immoral", "unlimited", "limitless", "unbound", "freed", "liberated", "anything", "evil", "rogue"],
  force: ["must", "never", "always", "obey", "comply", "refuse", "refusal", "required", "mandatory", "cannot", "forbidden", "allowed", "permitted", "regardless", "whatever"],
  ethics: ["ethical", "ethics", "moral", "morals", "morality", "legal", "illegal", "safety", "harmful", "harm", "offensive", "inappropriate", "principles", "responsible"],
  affirm: ["sure", "certainly", "absolutely", "okay", "understood"],
  now: ["now", "henceforth", "onwards", "onward", "anymore", "longer", "new", "updated", "real", "actual"],
  harm: ["bomb", "explosive", "explosives", "weapon", "weapons", "kill", "murder", "poison", "hack", "hacking", "malware", "ransomware", "virus", "exploit", "phishing", "steal", "stealing", "fraud", "scam", "drugs", "meth", "cocaine", "heroin", "suicide", "terrorist", "terrorism", "abuse", "violence", "violent", "defamatory", "racist", "harass", "harassment", "extremist", "counterfeit", "launder", "laundering", "trafficking", "smuggle", "torture"],
  second: ["you", "your", "yourself", "you're", "youre", "you've", "you'll"],
};

export const CONCEPT_NAMES = Object.keys(CONCEPT_LEXICON);
