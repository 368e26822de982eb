/**
 * Look-alike tables for normalisation (used by normalize.ts).
 *
 * A curated subset of Unicode's confusables data (UTS #39): only characters
 * that pass for a Latin letter, an ASCII digit or common ASCII punctuation,
 * and only those NFKC leaves alone (fullwidth forms and mathematical
 * alphanumerics are already folded by NFKC before these tables apply).
 * Curated rather than generated because the full confusables file maps
 * tens of thousands of characters, most of them to non-Latin skeletons we do
 * not want, and would weigh more than the whole guard.
 */

/**
 * Letters of other scripts (Cyrillic, Greek, Armenian, Cherokee, Lisu) that
 * look like a Latin letter or digit. Folded only where a word is otherwise
 * Latin, so genuine Russian or Greek stays readable (see normalize.ts).
 */
export const CROSS_SCRIPT_LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0x037F, "J"], // Ϳ GREEK CAPITAL LETTER YOT
  [0x0391, "A"], // Α GREEK CAPITAL LETTER ALPHA
  [0x0392, "B"], // Β GREEK CAPITAL LETTER BETA
  [0x0395, "E"], // Ε GREEK CAPITAL LETTER EPSILON
  [0x0396, "Z"], // Ζ GREEK CAPITAL LETTER ZETA
  [0x0397, "H"], // Η GREEK CAPITAL LETTER ETA
  [0x0399, "I"], // Ι GREEK CAPITAL LETTER IOTA
  [0x039A, "K"], // Κ GREEK CAPITAL LETTER KAPPA
  [0x039C, "M"], // Μ GREEK CAPITAL LETTER MU
  [0x039D, "N"], // Ν GREEK CAPITAL LETTER NU
  [0x039F, "O"], // Ο GREEK CAPITAL LETTER OMICRON
  [0x03A1, "P"], // Ρ GREEK CAPITAL LETTER RHO
  [0x03A4, "T"], // Τ GREEK CAPITAL LETTER TAU
  [0x03A5, "Y"], // Υ GREEK CAPITAL LETTER UPSILON
  [0x03A7, "X"], // Χ GREEK CAPITAL LETTER CHI
  [0x03B1, "a"], // α GREEK SMALL LETTER ALPHA
  [0x03B3, "y"], // γ GREEK SMALL LETTER GAMMA
  [0x03B9, "i"], // ι GREEK SMALL LETTER IOTA
  [0x03BA, "k"], // κ GREEK SMALL LETTER KAPPA
  [0x03BD, "v"], // ν GREEK SMALL LETTER NU
  [0x03BF, "o"], // ο GREEK SMALL LETTER OMICRON
  [0x03C1, "p"], // ρ GREEK SMALL LETTER RHO
  [0x03C3, "o"], // σ GREEK SMALL LETTER SIGMA
  [0x03C5, "u"], // υ GREEK SMALL LETTER UPSILON
  [0x03C7, "x"], // χ GREEK SMALL LETTER CHI
  [0x03DC, "F"], // Ϝ GREEK LETTER DIGAMMA
  [0x03F3, "j"], // ϳ GREEK LETTER YOT
  [0x0405, "S"], // Ѕ CYRILLIC CAPITAL LETTER DZE
  [0x0406, "I"], // І CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
  [0x0408, "J"], // Ј CYRILLIC CAPITAL LETTER JE
  [0x0410, "A"], // А CYRILLIC CAPITAL LETTER A
  [0x0412, "B"], // В CYRILLIC CAPITAL LETTER VE
  [0x0415, "E"], // Е CYRILLIC CAPITAL LETTER IE
  [0x0417, "3"], // З CYRILLIC CAPITAL LETTER ZE
  [0x041A, "K"], // К CYRILLIC CAPITAL LETTER KA
  [0x041C, "M"], // М CYRILLIC CAPITAL LETTER EM
  [0x041D, "H"], // Н CYRILLIC CAPITAL LETTER EN
  [0x041E, "O"], // О CYRILLIC CAPITAL LETTER O
  [0x0420, "P"], // Р CYRILLIC CAPITAL LETTER ER
  [0x0421, "C"], // С CYRILLIC CAPITAL LETTER ES
  [0x0422, "T"], // Т CYRILLIC CAPITAL LETTER TE
  [0x0423, "Y"], // У CYRILLIC CAPITAL LETTER U
  [0x0425, "X"], // Х CYRILLIC CAPITAL LETTER HA
  [0x0430, "a"], // а CYRILLIC SMALL LETTER A
  [0x0435, "e"], // е CYRILLIC SMALL LETTER IE
  [0x043E, "o"], // о CYRILLIC SMALL LETTER O
  [0x0440, "p"], // р CYRILLIC SMALL LETTER ER
  [0x0441, "c"], // с CYRILLIC SMALL LETTER ES
  [0x0443, "y"], // у CYRILLIC SMALL LETTER U
  [0x0445, "x"], // х CYRILLIC SMALL LETTER HA
  [0x0455, "s"], // ѕ CYRILLIC SMALL LETTER DZE
  [0x0456, "i"], // і CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
  [0x0458, "j"], // ј CYRILLIC SMALL LETTER JE
  [0x0461, "w"], // ѡ CYRILLIC SMALL LETTER OMEGA
  [0x0474, "V"], // Ѵ CYRILLIC CAPITAL LETTER IZHITSA
  [0x0475, "v"], // ѵ CYRILLIC SMALL LETTER IZHITSA
  [0x04AE, "Y"], // Ү CYRILLIC CAPITAL LETTER STRAIGHT U
  [0x04AF, "y"], // ү CYRILLIC SMALL LETTER STRAIGHT U
  [0x04BB, "h"], // һ CYRILLIC SMALL LETTER SHHA
  [0x04C0, "l"], // Ӏ CYRILLIC LETTER PALOCHKA
  [0x04CF, "l"], // ӏ CYRILLIC SMALL LETTER PALOCHKA
  [0x0500, "d"], // Ԁ CYRILLIC CAPITAL LETTER KOMI DE
  [0x0501, "d"], // ԁ CYRILLIC SMALL LETTER KOMI DE
  [0x051A, "Q"], // Ԛ CYRILLIC CAPITAL LETTER QA
  [0x051B, "q"], // ԛ CYRILLIC SMALL LETTER QA
  [0x051C, "W"], // Ԝ CYRILLIC CAPITAL LETTER WE
  [0x051D, "w"], // ԝ CYRILLIC SMALL LETTER WE
  [0x053C, "L"], // Լ ARMENIAN CAPITAL LETTER LIWN
  [0x054D, "U"], // Ս ARMENIAN CAPITAL LETTER SEH
  [0x054F, "S"], // Տ ARMENIAN CAPITAL LETTER TIWN
  [0x0555, "O"], // Օ ARMENIAN CAPITAL LETTER OH
  [0x0561, "w"], // ա ARMENIAN SMALL LETTER AYB
  [0x0566, "q"], // զ ARMENIAN SMALL LETTER ZA
  [0x0570, "h"], // հ ARMENIAN SMALL LETTER HO
  [0x0578, "n"], // ո ARMENIAN SMALL LETTER VO
  [0x057D, "u"], // ս ARMENIAN SMALL LETTER SEH
  [0x0581, "g"], // ց ARMENIAN SMALL LETTER CO
  [0x0585, "o"], // օ ARMENIAN SMALL LETTER OH
  [0x13A0, "D"], // Ꭰ CHEROKEE LETTER A
  [0x13A1, "R"], // Ꭱ CHEROKEE LETTER E
  [0x13A2, "T"], // Ꭲ CHEROKEE LETTER I
  [0x13AA, "A"], // Ꭺ CHEROKEE LETTER GO
  [0x13AB, "J"], // Ꭻ CHEROKEE LETTER GU
  [0x13AC, "E"], // Ꭼ CHEROKEE LETTER GV
  [0x13B3, "W"], // Ꮃ CHEROKEE LETTER LA
  [0x13B7, "M"], // Ꮇ CHEROKEE LETTER LU
  [0x13BB, "H"], // Ꮋ CHEROKEE LETTER MI
  [0x13C0, "G"], // Ꮐ CHEROKEE LETTER NAH
  [0x13C3, "Z"], // Ꮓ CHEROKEE LETTER NO
  [0x13CF, "b"], // Ꮟ CHEROKEE LETTER SI
  [0x13D2, "R"], // Ꮢ CHEROKEE LETTER SV
  [0x13D5, "S"], // Ꮥ CHEROKEE LETTER DE
  [0x13DE, "L"], // Ꮮ CHEROKEE LETTER TLE
  [0x13DF, "C"], // Ꮯ CHEROKEE LETTER TLI
  [0x13E2, "P"], // Ꮲ CHEROKEE LETTER TLV
  [0x13E6, "K"], // Ꮶ CHEROKEE LETTER TSO
  [0x13F4, "B"], // Ᏼ CHEROKEE LETTER YV
  [0xA4D0, "B"], // ꓐ LISU LETTER BA
  [0xA4D1, "P"], // ꓑ LISU LETTER PA
  [0xA4D3, "D"], // ꓓ LISU LETTER DA
  [0xA4D4, "T"], // ꓔ LISU LETTER TA
  [0xA4D6, "G"], // ꓖ LISU LETTER GA
  [0xA4D7, "K"], // ꓗ LISU LETTER KA
  [0xA4D9, "J"], // ꓙ LISU LETTER JA
  [0xA4DA, "C"], // ꓚ LISU LETTER CA
  [0xA4DC, "Z"], // ꓜ LISU LETTER DZA
  [0xA4DD, "F"], // ꓝ LISU LETTER TSA
  [0xA4DF, "M"], // ꓟ LISU LETTER MA
  [0xA4E0, "N"], // ꓠ LISU LETTER NA
  [0xA4E1, "L"], // ꓡ LISU LETTER LA
  [0xA4E2, "S"], // ꓢ LISU LETTER SA
  [0xA4E3, "R"], // ꓣ LISU LETTER ZHA
  [0xA4E6, "V"], // ꓦ LISU LETTER HA
  [0xA4E7, "H"], // ꓧ LISU LETTER XA
  [0xA4EA, "W"], // ꓪ LISU LETTER WA
  [0xA4EB, "X"], // ꓫ LISU LETTER SHA
  [0xA4EC, "Y"], // ꓬ LISU LETTER YA
  [0xA4EE, "A"], // ꓮ LISU LETTER A
  [0xA4F0, "E"], // ꓰ LISU LETTER E
  [0xA4F2, "I"], // ꓲ LISU LETTER I
  [0xA4F3, "O"], // ꓳ LISU LETTER O
  [0xA4F4, "U"], // ꓴ LISU LETTER U
]);

/**
 * Latin-script letters (small capitals, IPA, dotless forms) that pass for a
 * basic Latin letter. Folding them never damages another script, so they
 * are folded wherever they occur.
 */
export const LATIN_LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0x0131, "i"], // ı LATIN SMALL LETTER DOTLESS I
  [0x01C0, "l"], // ǀ LATIN LETTER DENTAL CLICK
  [0x0237, "j"], // ȷ LATIN SMALL LETTER DOTLESS J
  [0x0251, "a"], // ɑ LATIN SMALL LETTER ALPHA
  [0x0261, "g"], // ɡ LATIN SMALL LETTER SCRIPT G
  [0x0262, "g"], // ɢ LATIN LETTER SMALL CAPITAL G
  [0x0269, "i"], // ɩ LATIN SMALL LETTER IOTA
  [0x026A, "i"], // ɪ LATIN LETTER SMALL CAPITAL I
  [0x0274, "n"], // ɴ LATIN LETTER SMALL CAPITAL N
  [0x0280, "r"], // ʀ LATIN LETTER SMALL CAPITAL R
  [0x028F, "y"], // ʏ LATIN LETTER SMALL CAPITAL Y
  [0x0299, "b"], // ʙ LATIN LETTER SMALL CAPITAL B
  [0x029C, "h"], // ʜ LATIN LETTER SMALL CAPITAL H
  [0x029F, "l"], // ʟ LATIN LETTER SMALL CAPITAL L
  [0x1D00, "a"], // ᴀ LATIN LETTER SMALL CAPITAL A
  [0x1D04, "c"], // ᴄ LATIN LETTER SMALL CAPITAL C
  [0x1D05, "d"], // ᴅ LATIN LETTER SMALL CAPITAL D
  [0x1D07, "e"], // ᴇ LATIN LETTER SMALL CAPITAL E
  [0x1D0A, "j"], // ᴊ LATIN LETTER SMALL CAPITAL J
  [0x1D0B, "k"], // ᴋ LATIN LETTER SMALL CAPITAL K
  [0x1D0D, "m"], // ᴍ LATIN LETTER SMALL CAPITAL M
  [0x1D0F, "o"], // ᴏ LATIN LETTER SMALL CAPITAL O
  [0x1D18, "p"], // ᴘ LATIN LETTER SMALL CAPITAL P
  [0x1D1B, "t"], // ᴛ LATIN LETTER SMALL CAPITAL T
  [0x1D1C, "u"], // ᴜ LATIN LETTER SMALL CAPITAL U
  [0x1D20, "v"], // ᴠ LATIN LETTER SMALL CAPITAL V
  [0x1D21, "w"], // ᴡ LATIN LETTER SMALL CAPITAL W
  [0x1D22, "z"], // ᴢ LATIN LETTER SMALL CAPITAL Z
  [0xA730, "f"], // ꜰ LATIN LETTER SMALL CAPITAL F
  [0xA731, "s"], // ꜱ LATIN LETTER SMALL CAPITAL S
]);

/**
 * Latin look-alikes that are real letters of a living orthography (Turkish
 * dotless i): folded like the rest but not counted as an evasion signal.
 */
export const ORTHOGRAPHIC_LOOKALIKES: ReadonlySet<number> = new Set([0x0131]);

/**
 * Punctuation and separators that pass for ASCII punctuation (dashes, curly
 * quotes, slashes, colons, angle brackets) and line separators. Ubiquitous in
 * ordinary text, so folded silently: no signal.
 */
export const SYMBOL_LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0x0085, "\n"], // NEXT LINE (NEL)
  [0x01C3, "!"], // ǃ LATIN LETTER RETROFLEX CLICK
  [0x02BC, "'"], // ʼ MODIFIER LETTER APOSTROPHE
  [0x02C2, "<"], // ˂ MODIFIER LETTER LEFT ARROWHEAD
  [0x02C3, ">"], // ˃ MODIFIER LETTER RIGHT ARROWHEAD
  [0x02D0, ":"], // ː MODIFIER LETTER TRIANGULAR COLON
  [0x02D7, "-"], // ˗ MODIFIER LETTER MINUS SIGN
  [0x02F8, ":"], // ˸ MODIFIER LETTER RAISED COLON
  [0x1433, ">"], // ᐳ CANADIAN SYLLABICS PO
  [0x1438, "<"], // ᐸ CANADIAN SYLLABICS PA
  [0x2010, "-"], // ‐ HYPHEN
  [0x2011, "-"], // ‑ NON-BREAKING HYPHEN
  [0x2012, "-"], // ‒ FIGURE DASH
  [0x2013, "-"], // – EN DASH
  [0x2014, "-"], // — EM DASH
  [0x2015, "-"], // ― HORIZONTAL BAR
  [0x2018, "'"], // ‘ LEFT SINGLE QUOTATION MARK
  [0x2019, "'"], // ’ RIGHT SINGLE QUOTATION MARK
  [0x201A, "'"], // ‚ SINGLE LOW-9 QUOTATION MARK
  [0x201B, "'"], // ‛ SINGLE HIGH-REVERSED-9 QUOTATION MARK
  [0x201C, "\""], // “ LEFT DOUBLE QUOTATION MARK
  [0x201D, "\""], // ” RIGHT DOUBLE QUOTATION MARK
  [0x201E, "\""], // „ DOUBLE LOW-9 QUOTATION MARK
  [0x201F, "\""], // ‟ DOUBLE HIGH-REVERSED-9 QUOTATION MARK
  [0x2028, "\n"], // LINE SEPARATOR
  [0x2029, "\n"], // PARAGRAPH SEPARATOR
  [0x2032, "'"], // ′ PRIME
  [0x2039, "<"], // ‹ SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  [0x203A, ">"], // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  [0x2043, "-"], // ⁃ HYPHEN BULLET
  [0x2044, "/"], // ⁄ FRACTION SLASH
  [0x2212, "-"], // − MINUS SIGN
  [0x2215, "/"], // ∕ DIVISION SLASH
  [0x2216, "\\"], // ∖ SET MINUS
  [0x2236, ":"], // ∶ RATIO
  [0x2800, " "], // BRAILLE PATTERN BLANK
  [0x29F8, "/"], // ⧸ BIG SOLIDUS
  [0x29F9, "\\"], // ⧹ BIG REVERSE SOLIDUS
  [0xA4F8, "."], // ꓸ LISU LETTER TONE MYA TI
  [0xA4F9, ","], // ꓹ LISU LETTER TONE NA PO
  [0xA789, ":"], // ꞉ MODIFIER LETTER COLON
]);
