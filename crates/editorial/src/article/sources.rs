//! Who each quotation is given to, read the way a reader of the article reads it.
//!
//! - **Named in the quotation's sentence**, before or after it: `X said`, `said X`,
//!   `Said X:`, `according to X`, `X told reporters`, `X added`, `X, a … at …, said`,
//!   `X, who said`, `“…” — X, …`; a name counts after a subordinating word too ("While
//!   Moreno described …").
//! - **A pronoun or a role noun** (`he said`, `the minister said`, `the summit's host
//!   stressed that`) refers back to the last person the article named as a source.
//! - **A surname alone** names the source of that name the article introduced before
//!   (one who has been quoted first); two such sources make it ambiguous.
//! - **A source that is not a person** (`the joint statement of A and B said`, `according to
//!   a report by C`, `the ministry said`) is an organisation or a document.
//! - **No attribution in the paragraph**: a quotation that goes on from the paragraph
//!   before, or a paragraph that is a quotation after one that quoted or introduced a
//!   source, is that source's, as is the custom (unless that paragraph named another
//!   source after its quotation); a second quotation in a paragraph is the first one's
//!   speaker's.
//! - Anything else is [`Attribution::Unknown`], with the reason: the reader never guesses.
//!
//! Sources are introduced by a speech verb, `according to`, or an appositive
//! (`Mark N. Katz, a professor … at George Mason University,`), which also gives a title,
//! an affiliation and the places it names (`Washington-based`, `in Vladivostok`).

use super::Quotation;
use steppe_core::story::SpeakerKind;

/// A person, organisation or document the article quotes or introduces as a source.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The name in full as first given (a person), or the phrase that names it ("Joint
    /// statement of Mercosur and the European Union").
    pub name: String,
    pub kind: SpeakerKind,
    pub title: Option<String>,
    pub affiliation: Option<String>,
    /// Places the introduction names ("Washington" from "Washington-based", "Vladivostok"
    /// from "in Vladivostok", "Russia" from "Russia's"), for the draft to look up.
    pub places: Vec<String>,
    /// The paragraph it is first named in, from 0.
    pub paragraph: usize,
    /// How many quotations are given to it.
    pub quoted: usize,
    /// "he" or "she", once the article has referred to the person so.
    pub pronoun: Option<String>,
}

/// Who a quotation is given to.
#[derive(Debug, Clone, PartialEq)]
pub enum Attribution {
    /// To `source` (an index of [`super::Article::sources`]), named for it in `paragraph`
    /// (from 0), in the way `how` says.
    To {
        source: usize,
        paragraph: usize,
        how: How,
    },
    /// The article does not say, or not clearly: why.
    Unknown(String),
}

/// How the article gives a quotation to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// By name in the quotation's sentence.
    Named,
    /// By a pronoun or a role noun that refers back to the last source named.
    Referred,
    /// By custom: the quotation goes on from, or follows, one of the same source.
    Continued,
}

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "explained",
    "explains",
    "warned",
    "warns",
    "argued",
    "argues",
    "wrote",
    "writes",
    "insisted",
    "insists",
    "declared",
    "declares",
    "stated",
    "states",
    "asked",
    "asks",
    "replied",
    "replies",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "claimed",
    "claims",
    "commented",
    "comments",
    "observed",
    "observes",
    "remarked",
    "remarks",
    "suggested",
    "suggests",
    "recalled",
    "recalls",
    "described",
    "describes",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "announced",
    "announces",
    "concluded",
    "concludes",
    "reported",
    "urged",
    "urges",
    "cautioned",
    "cautions",
    "predicted",
    "predicts",
    "conceded",
    "concedes",
    "confirmed",
    "confirms",
    "maintained",
    "maintains",
    "responded",
    "responds",
    "answered",
    "affirmed",
    "affirms",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "denied",
    "denies",
    "believes",
    "believed",
    "thinks",
    "agreed",
    "agrees",
    "highlighted",
    "highlights",
    "underlined",
    "underlines",
    "reiterated",
    "reiterates",
    "read",
    "reads",
    "tweeted",
    "posted",
    // French, Spanish, German and Russian: the common ones, as reported speech writes them
    // (a French or Spanish article reads with the same rules: `X a déclaré`, `dijo X`).
    "déclaré",
    "dit",
    "affirmé",
    "ajouté",
    "expliqué",
    "estimé",
    "souligné",
    "indiqué",
    "précisé",
    "averti",
    "répondu",
    "écrit",
    "rappelé",
    "reconnu",
    "insisté",
    "déclare",
    "affirme",
    "ajoute",
    "explique",
    "estime",
    "souligne",
    "indique",
    "précise",
    "dijo",
    "afirmó",
    "declaró",
    "añadió",
    "agregó",
    "explicó",
    "señaló",
    "aseguró",
    "advirtió",
    "indicó",
    "sostuvo",
    "escribió",
    "respondió",
    "dicho",
    "afirmado",
    "declarado",
    "afirma",
    "añade",
    "explica",
    "señala",
    "asegura",
    "advierte",
    "sagte",
    "sagt",
    "erklärte",
    "betonte",
    "betont",
    "warnte",
    "meinte",
    "schrieb",
    "gesagt",
    "сказал",
    "сказала",
    "сказали",
    "заявил",
    "заявила",
    "заявили",
    "отметил",
    "отметила",
    "добавил",
    "добавила",
    "подчеркнул",
    "подчеркнула",
    "пояснил",
    "пояснила",
    "написал",
    "написала",
    "ответил",
    "ответила",
];

/// Speech verbs as participles ("…, saying that the plan “would fail”"): their subject is
/// the clause's, at its start.
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "warning",
    "arguing",
    "insisting",
    "calling",
    "describing",
    "telling",
    "writing",
    "stressing",
    "explaining",
    "declaring",
    "stating",
    "claiming",
];

/// Words between a subject and its verb that are not part of the subject.
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "further",
    "has",
    "had",
    "have",
    "was",
    "once",
    "again",
    "earlier",
    "previously",
    "recently",
    "separately",
    "privately",
    "publicly",
    "repeatedly",
    "already",
    "often",
    "himself",
    "herself",
    "itself",
    "themselves",
    "simply",
    "only",
    "just",
    "has",
    "would",
    "will",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "had",
    "last",
    "week",
    // Auxiliaries and adverbs of the other languages read ("X a déclaré", "X ha dicho",
    // "X hat gesagt"); "a" is never a word before "said" in English.
    "a",
    "avait",
    "aussi",
    "ha",
    "había",
    "también",
    "hat",
    "hatte",
    "auch",
    "также",
];

/// Words that open a clause before its subject ("While Moreno described …").
const OPENERS: &[&str] = &[
    "while",
    "but",
    "however",
    "and",
    "so",
    "yet",
    "still",
    "meanwhile",
    "although",
    "though",
    "as",
    "also",
    "then",
    "instead",
    "now",
    "earlier",
    "later",
    "when",
    "because",
    "if",
    "after",
    "before",
    "since",
    "whereas",
    "indeed",
    "moreover",
    "separately",
    "similarly",
    "likewise",
    "nonetheless",
    "nevertheless",
    "in",
    "on",
    "at",
];

/// Words that end a subject going back from its verb.
const BOUNDARIES: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "when", "because", "if", "although",
    "though", "but", "so", "after", "before", "since", "until", "where", "whereas", "however",
    "as", "than",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "il", "elle", "él", "ella", "er", "он", "она",
];

/// A pronoun of another language as its English counterpart, for the rule that "he" and
/// "she" follow the person they were first used for.
fn english_pronoun(pronoun: &str) -> &str {
    match pronoun {
        "il" | "él" | "er" | "он" => "he",
        "elle" | "ella" | "она" => "she",
        other => other,
    }
}

/// `according to X` and its equivalents: the words before the source's name.
const ACCORDING: &[&[&str]] = &[
    &["according", "to"],
    &["selon"],
    &["d'après"],
    &["según"],
    &["laut"],
    &["по", "словам"],
];

/// Nouns that name a person by their part ("the minister said").
const ROLE_NOUNS: &[&str] = &[
    "specialist",
    "adviser",
    "advisor",
    "analyst",
    "expert",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "researcher",
    "professor",
    "economist",
    "director",
    "chief",
    "head",
    "leader",
    "envoy",
    "ambassador",
    "diplomat",
    "editor",
    "correspondent",
    "commentator",
    "scholar",
    "fellow",
    "lawyer",
    "chairman",
    "chairwoman",
    "chair",
    "secretary",
    "general",
    "counterpart",
    "negotiator",
    "strategist",
    "historian",
    "author",
    "host",
    "premier",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "legislator",
    "politician",
    "activist",
    "campaigner",
    "executive",
    "founder",
    "manager",
    "scientist",
    "dean",
    "lecturer",
    "representative",
    "commissioner",
    "aide",
    "deputy",
    "counsellor",
    "counselor",
    "officer",
    "commander",
    "mediator",
    "prosecutor",
    "judge",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "candidate",
    "observer",
    "source",
    "woman",
    "man",
    "resident",
    "farmer",
    "worker",
    "student",
    "teacher",
    "doctor",
    "nurse",
];

/// Nouns that make a source a document.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "communique",
    "communiqué",
    "declaration",
    "letter",
    "document",
    "study",
    "survey",
    "memo",
    "memorandum",
    "resolution",
    "editorial",
    "text",
    "release",
    "filing",
    "ruling",
    "verdict",
    "analysis",
    "bulletin",
    "notice",
    "decree",
    "agreement",
    "treaty",
    "readout",
    "transcript",
    "post",
    "paper",
    "manifesto",
    "charter",
];

/// Nouns that make a source an organisation.
const ORGANISATION_NOUNS: &[&str] = &[
    "ministry",
    "government",
    "embassy",
    "office",
    "agency",
    "company",
    "council",
    "committee",
    "commission",
    "department",
    "bank",
    "newspaper",
    "union",
    "bloc",
    "blocs",
    "party",
    "court",
    "army",
    "military",
    "police",
    "group",
    "organisation",
    "organization",
    "association",
    "federation",
    "alliance",
    "foundation",
    "institute",
    "university",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "administration",
    "presidency",
    "kremlin",
    "pentagon",
    "firm",
    "authorities",
    "centre",
    "center",
    "secretariat",
    "summit",
    "network",
    "broadcaster",
    "times",
    "post",
    "news",
    "press",
    "daily",
    "tribune",
    "journal",
    "gazette",
    "herald",
];

/// Titles written before a name ("President Xi Jinping", "Indian Prime Minister Narendra
/// Modi"): part of the title, not of the name.
const HONORIFICS: &[&str] = &[
    "president",
    "minister",
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "trade",
    "vice",
    "deputy",
    "secretary",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "professor",
    "prof",
    "prof.",
    "sir",
    "dame",
    "general",
    "gen.",
    "senator",
    "sen.",
    "rep.",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "ambassador",
    "judge",
    "justice",
    "chairman",
    "chairwoman",
    "premier",
    "chief",
    "lord",
    "lady",
    "state",
    "councillor",
    "commissioner",
    "speaker",
    "sheikh",
    "emir",
    "sultan",
    "colonel",
    "admiral",
    "captain",
    "lieutenant",
    "sergeant",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "father",
    "elder",
    "crown",
    "mp",
    "former",
    "acting",
    "interim",
    "first",
];

/// Words before a noun that make it a common noun ("the minister", "its report").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "our",
];

/// Words inside a name ("Luiz Inácio Lula da Silva", "Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn",
    "al", "el", "le", "la", "du", "y", "zu",
];

/// Reads who every quotation is given to, and every source the article introduces.
pub fn attribute(paragraphs: &[String], spans: Vec<Quotation>) -> (Vec<Quotation>, Vec<Source>) {
    let mut reader = Reader::default();
    let mut out: Vec<Quotation> = Vec::with_capacity(spans.len());
    for (p, text) in paragraphs.iter().enumerate() {
        let mine: Vec<Quotation> = spans.iter().filter(|q| q.paragraph == p).cloned().collect();
        // The text outside the quotations: before the first, between, after the last.
        let mut pieces = Vec::with_capacity(mine.len() + 1);
        let mut from = 0;
        for q in &mine {
            pieces.push(&text[from..q.open]);
            from = q.close;
        }
        pieces.push(&text[from..]);
        let previous_last = out.last().filter(|q| q.paragraph + 1 == p).cloned();
        let source_before = reader.mentioned(true).next().filter(|&(_, at)| at + 1 == p);
        // Whether the first sentence of the next piece was taken as an attribution.
        let mut after_taken = false;
        for (k, piece) in pieces.iter().enumerate() {
            let sentences = sentences(piece);
            // The fragment just before the quotation is its own sentence's, unless it
            // ended a sentence of its own ("Claes said the deal was fair. “…,” he said.").
            let own_before = (k < mine.len())
                .then(|| sentences.last().copied())
                .flatten()
                .filter(|s| !s.trim_end().ends_with(['.', '!', '?']));
            let count = reader.mentions.len();
            for (i, sentence) in sentences.iter().enumerate() {
                let is_own = own_before.is_some() && i + 1 == sentences.len();
                let taken = i == 0 && after_taken;
                if !(is_own || taken) {
                    reader.read(sentence, p, Side::Before);
                }
            }
            // A source a sentence of this paragraph named just before the quotation.
            let named_just_before = reader.mentions[count..].last().copied();
            let Some(mut quote) = mine.get(k).cloned() else {
                continue;
            };
            let after = pieces[k + 1];
            let after_clause = sentences_of_after(after, &quote.text);
            let before_named = own_before.and_then(|s| reader.read(s, p, Side::Before));
            after_taken = before_named.is_none() && after_clause.is_some();
            let named =
                before_named.or_else(|| after_clause.and_then(|s| reader.read(s, p, Side::After)));
            let before = previous_last
                .as_ref()
                .filter(|_| quote.continued || quote.open == 0);
            let introduced = source_before.filter(|_| quote.open == 0);
            quote.attribution = match (named, named_just_before, before, introduced) {
                (Some(found), ..) => found,
                (None, Some((source, at)), ..) => Attribution::To {
                    source,
                    paragraph: at,
                    how: How::Named,
                },
                (None, None, ..) if k > 0 => out
                    .last()
                    .map_or_else(unknown, |q| continued(&q.attribution)),
                // "“…,” said Lima. Berg disagreed:" and then a quotation: Lima's by custom,
                // Berg's by the colon; the editor decides.
                (None, None, Some(q), _) if !quote.continued && named_since(&reader, q) => {
                    Attribution::Unknown(
                        "the paragraph before quotes one source and then names another".into(),
                    )
                }
                (None, None, Some(q), _) => continued(&q.attribution),
                (None, None, None, Some((source, at))) => Attribution::To {
                    source,
                    paragraph: at,
                    how: How::Continued,
                },
                (None, None, None, None) => unknown(),
            };
            if let Attribution::To {
                source, paragraph, ..
            } = quote.attribution
            {
                reader.sources[source].quoted += 1;
                reader.mention(source, paragraph.max(p));
            }
            out.push(quote);
        }
    }
    (out, reader.sources)
}

/// Whether the article named a source other than the one of `quotation` (a quotation of
/// the paragraph before) after it, in that paragraph.
fn named_since(reader: &Reader, quotation: &Quotation) -> bool {
    let Attribution::To { source, .. } = quotation.attribution else {
        return false;
    };
    reader
        .mentions
        .last()
        .is_some_and(|&(last, at)| at == quotation.paragraph && last != source)
}

fn unknown() -> Attribution {
    Attribution::Unknown(
        "no source is named in its sentence, and the paragraph before neither quotes nor introduces one".into(),
    )
}

/// The same source, as a quotation that follows one of theirs is given.
fn continued(attribution: &Attribution) -> Attribution {
    match attribution {
        Attribution::To {
            source, paragraph, ..
        } => Attribution::To {
            source: *source,
            paragraph: *paragraph,
            how: How::Continued,
        },
        unknown => unknown.clone(),
    }
}

/// The attribution after a quotation, up to the end of its sentence: none when the
/// quotation ended its own sentence and what follows is more than a short "she said."
fn sentences_of_after<'a>(after: &'a str, quote: &str) -> Option<&'a str> {
    let first = sentences(after).into_iter().next()?;
    let ended = quote.ends_with(['.', '!', '?']);
    let short = first.split_whitespace().count() <= 6;
    (!ended || short).then_some(first)
}

/// Where the words of a sentence fragment fall: before or after the quotation.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Before,
    After,
}

#[derive(Default)]
struct Reader {
    sources: Vec<Source>,
    /// Every mention of a source, in the article's order, with its paragraph: what a
    /// pronoun or a role noun refers back to.
    mentions: Vec<(usize, usize)>,
}

/// A word of a clause, or one punctuation mark.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
}

impl Token<'_> {
    fn lower(&self) -> String {
        self.text.to_lowercase()
    }
    fn is_punct(&self) -> bool {
        !self.text.chars().any(char::is_alphanumeric)
    }
    fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn in_list(&self, list: &[&str]) -> bool {
        list.contains(&self.lower().as_str())
    }
    /// A word that can be part of a name: capitalised, an initial, a particle.
    fn namelike(&self) -> bool {
        !self.is_punct() && (self.capitalised() || self.in_list(PARTICLES))
    }
}

/// The clause's words and punctuation marks.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let lead = word.len()
            - word
                .trim_start_matches(['(', '“', '"', '‘', '[', '«', '„', '‚', '「', '『'])
                .len();
        let core = &word[lead..];
        let initial =
            core.len() == 2 && core.ends_with('.') && core.starts_with(char::is_uppercase);
        let body = if initial {
            core
        } else {
            core.trim_end_matches([
                ',', ';', ':', '.', '!', '?', ')', '”', '"', ']', '»', '“', '」', '』',
            ])
        };
        if !body.is_empty() {
            out.push(Token { text: body });
        }
        let tail = &core[body.len()..];
        for (i, c) in tail.char_indices() {
            if matches!(c, ',' | ';' | ':') {
                out.push(Token {
                    text: &tail[i..i + 1],
                });
            }
        }
        if body.is_empty() && matches!(core, "—" | "–" | "-") {
            out.push(Token { text: core });
        }
    }
    out
}

/// Sentence fragments of a piece of frame text, in order (their ends at `.`, `!`, `?`
/// followed by a space, not after an initial or an abbreviation).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_space = chars.get(k + 1).is_none_or(|&(_, n)| n.is_whitespace());
        if matches!(c, '.' | '!' | '?') && next_space {
            let word = text[start..i]
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            let initial = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
            let abbreviation = [
                "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Sen", "Rep", "Gov", "Jr", "Sr",
                "No", "vs", "U.S", "U.K", "Lt", "Col",
            ]
            .contains(&word);
            if c != '.' || !(initial || abbreviation) {
                out.push(&text[start..=i]);
                start = i + 1;
            }
        }
    }
    if !text[start..].trim().is_empty() || out.is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// What a clause says of its speaker.
struct Found {
    /// The words that name the speaker.
    subject: Vec<String>,
    /// An appositive: ", a senior fellow at …,".
    appositive: Option<String>,
}

impl Reader {
    /// Reads one sentence fragment: introductions (which become sources) and, if it holds
    /// a speech verb, who speaks. Returns the attribution it makes, if any.
    fn read(&mut self, clause: &str, p: usize, side: Side) -> Option<Attribution> {
        let tokens = tokens(clause);
        self.introductions(&tokens, p);
        let found = speaker(&tokens, side)?;
        Some(self.resolve(found, p))
    }

    /// `Full Name, a … ,`: a person introduced with what they are.
    fn introductions(&mut self, tokens: &[Token], p: usize) {
        for (i, t) in tokens.iter().enumerate() {
            if t.text != "," || i < 2 {
                continue;
            }
            let run = name_run(tokens, i);
            // The appositive says what the person is: "a …", "the …", "director of …".
            let lower_next = tokens.get(i + 1).is_some_and(|n| {
                n.in_list(&["a", "an", "the"]) || n.in_list(ROLE_NOUNS) || n.in_list(HONORIFICS)
            });
            let Some(close) = tokens[i + 1..].iter().position(|t| t.text == ",") else {
                continue;
            };
            let apposition = &tokens[i + 1..i + 1 + close];
            // "On Tuesday, economist Lima Berg, …": a name after its title, so the words
            // before the comma are not a name.
            let titled_name = apposition.last().is_some_and(Token::namelike)
                && premodifier(apposition, name_run(apposition, close).start).is_some();
            if run.len() >= 2
                && lower_next
                && !titled_name
                && !tokens[run.clone()]
                    .iter()
                    .any(|t| t.in_list(ORGANISATION_NOUNS))
            {
                // The appositive gives the title: a title before the name gives way to it.
                let (_, name) = split_honorifics(&tokens[run.clone()]);
                let s = self.person(&name, p, None, Some(&join(apposition)));
                self.mention(s, p);
            }
        }
    }

    /// The source a clause's speaker words name, registering a new one.
    fn resolve(&mut self, found: Found, p: usize) -> Attribution {
        let words: Vec<&str> = found.subject.iter().map(String::as_str).collect();
        let tokens: Vec<Token> = words.iter().map(|w| Token { text: w }).collect();
        let Some(first) = tokens.first() else {
            return Attribution::Unknown("the sentence names no one".into());
        };
        if tokens.len() == 1 && first.in_list(PRONOUNS) {
            let pronoun = first.lower();
            return self.refer_back(
                p,
                &format!("“{}”", first.text),
                Some(english_pronoun(&pronoun)),
            );
        }
        let determiner = first.in_list(DETERMINERS);
        // The head noun: the last word before a preposition, else the last word.
        let head_at = tokens
            .iter()
            .position(|t| {
                ["of", "by", "from", "at", "in", "for", "on", "with"].contains(&t.lower().as_str())
            })
            .unwrap_or(tokens.len())
            .saturating_sub(1);
        let head = &tokens[head_at];
        if head.in_list(DOCUMENT_NOUNS)
            || head.in_list(ORGANISATION_NOUNS)
            || (determiner && !head.capitalised())
        {
            let kind = if head.in_list(DOCUMENT_NOUNS) {
                SpeakerKind::Document
            } else if head.in_list(ORGANISATION_NOUNS) {
                SpeakerKind::Organisation
            } else if ["spokesperson", "spokesman", "spokeswoman", "representative"]
                .contains(&head.lower().as_str())
                && tokens
                    .get(head_at + 1)
                    .is_some_and(|t| ["for", "of", "at"].contains(&t.lower().as_str()))
                && head_at + 2 < tokens.len()
            {
                // "a spokesperson for the ministry": the ministry speaks.
                let rest: Vec<String> =
                    words[head_at + 2..].iter().map(|w| w.to_string()).collect();
                return self.resolve(
                    Found {
                        subject: rest,
                        appositive: None,
                    },
                    p,
                );
            } else if head.in_list(ROLE_NOUNS) && ["a", "an"].contains(&first.lower().as_str()) {
                return Attribution::Unknown(format!(
                    "“{}” is someone the article does not name",
                    words.join(" ")
                ));
            } else if head.in_list(ROLE_NOUNS) {
                return self.refer_back(p, &format!("“{}”", words.join(" ")), None);
            } else {
                return Attribution::Unknown(format!(
                    "“{}” is neither a person nor an organisation the article names",
                    words.join(" ")
                ));
            };
            let phrase = words[usize::from(determiner)..].join(" ");
            let bare = head_at + 1 == tokens.len() && tokens.len() <= 3;
            let earlier = bare
                .then(|| {
                    self.sources.iter().rposition(|s| {
                        s.kind != SpeakerKind::Person
                            && s.name.to_lowercase().contains(&head.lower())
                    })
                })
                .flatten();
            let name = capitalise(&phrase);
            let same = self.sources.iter().position(|s| s.name == name);
            let source = earlier
                .or(same)
                .unwrap_or_else(|| self.add(name, kind, p, None, None));
            self.mention(source, p);
            return Attribution::To {
                source,
                paragraph: self.sources[source].paragraph.max(p),
                how: How::Named,
            };
        }
        // A proper name, perhaps after a title.
        let start = tokens
            .iter()
            .rposition(|t| !t.namelike())
            .map_or(0, |i| i + 1);
        if start == tokens.len() {
            return Attribution::Unknown(format!("“{}” is not a name", words.join(" ")));
        }
        // "Lima and Berg said": two sources speak together; which one the quote is
        // given to is the editor's to decide (or a source for both).
        if start >= 2 && tokens[start - 1].lower() == "and" && tokens[start - 2].capitalised() {
            return Attribution::Unknown(format!(
                "“{}” are more than one source: give the quote to one of them, or add a source for them together",
                words.join(" ")
            ));
        }
        let run = &tokens[start..];
        // An organisation's name, or an acronym ("NATO", "the EU").
        let acronym = |t: &Token| {
            t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_uppercase() || c == '.')
        };
        if run.iter().any(|t| t.in_list(ORGANISATION_NOUNS)) || (run.len() == 1 && acronym(&run[0]))
        {
            let phrase = join(run);
            let source = self
                .sources
                .iter()
                .position(|s| s.name == phrase)
                .unwrap_or_else(|| self.add(phrase, SpeakerKind::Organisation, p, None, None));
            self.mention(source, p);
            return Attribution::To {
                source,
                paragraph: p,
                how: How::Named,
            };
        }
        let (honorific, name) = split_honorifics(run);
        let premod = premodifier(&tokens, start);
        let name_words: Vec<&str> = name.split(' ').collect();
        let known: Vec<usize> = (0..self.sources.len())
            .filter(|&s| {
                self.sources[s].kind == SpeakerKind::Person
                    && names_person(&self.sources[s].name, &name)
            })
            .collect();
        let exact = known
            .iter()
            .copied()
            .find(|&s| self.sources[s].name == name);
        let quoted: Vec<usize> = known
            .iter()
            .copied()
            .filter(|&s| self.sources[s].quoted > 0)
            .collect();
        let chosen = match (exact, known.as_slice(), quoted.as_slice()) {
            (Some(s), _, _) => s,
            (None, [s], _) => *s,
            (None, [], _) if name_words.len() >= 2 => {
                self.person(&name, p, honorific.or(premod), found.appositive.as_deref())
            }
            (None, [], _) => {
                return Attribution::Unknown(format!(
                    "the article names “{name}” here but does not introduce them (a person or an organisation?)"
                ))
            }
            (None, _, [s]) => *s,
            (None, many, _) => {
                let names: Vec<&str> = many.iter().map(|&s| self.sources[s].name.as_str()).collect();
                return Attribution::Unknown(format!(
                    "“{name}” could be {}",
                    names.join(" or ")
                ));
            }
        };
        if let Some(appositive) = &found.appositive {
            self.describe(chosen, appositive);
        }
        self.mention(chosen, p);
        Attribution::To {
            source: chosen,
            paragraph: p,
            how: How::Named,
        }
    }

    /// A source named again: the one a pronoun or a role noun may refer back to.
    fn mention(&mut self, source: usize, p: usize) {
        self.mentions.push((source, p));
    }

    /// The mentions of people (`true`) or of organisations and documents, latest first.
    fn mentioned(&self, persons: bool) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.mentions
            .iter()
            .rev()
            .copied()
            .filter(move |&(s, _)| (self.sources[s].kind == SpeakerKind::Person) == persons)
    }

    /// A pronoun or a role noun: the last person named as a source ("he", "she": the last
    /// one the article has not referred to otherwise), or the last organisation or
    /// document ("it", "they" after one).
    fn refer_back(&mut self, p: usize, what: &str, pronoun: Option<&str>) -> Attribution {
        let found = match pronoun {
            Some("it" | "they") => self.mentioned(false).next(),
            Some(he_or_she @ ("he" | "she")) => self.mentioned(true).find(|&(s, _)| {
                self.sources[s]
                    .pronoun
                    .as_deref()
                    .is_none_or(|own| own == he_or_she)
            }),
            Some(_) => None,
            None => self.mentioned(true).next(),
        };
        let Some((source, at)) = found else {
            return Attribution::Unknown(format!("{what} refers to no source named before it"));
        };
        if let Some(he_or_she @ ("he" | "she")) = pronoun {
            self.sources[source].pronoun = Some(he_or_she.to_owned());
        }
        self.mention(source, p);
        Attribution::To {
            source,
            paragraph: at.min(p),
            how: How::Referred,
        }
    }

    /// The person of this name, added if new; what the introduction says of them.
    fn person(
        &mut self,
        name: &str,
        p: usize,
        title: Option<String>,
        appositive: Option<&str>,
    ) -> usize {
        let s = match self.sources.iter().position(|s| s.name == name) {
            Some(s) => s,
            None => self.add(name.to_owned(), SpeakerKind::Person, p, title, None),
        };
        if let Some(appositive) = appositive {
            self.describe(s, appositive);
        }
        s
    }

    fn add(
        &mut self,
        name: String,
        kind: SpeakerKind,
        p: usize,
        title: Option<String>,
        affiliation: Option<String>,
    ) -> usize {
        self.sources.push(Source {
            name,
            kind,
            title: title.map(|t| capitalise(&t)),
            affiliation,
            places: Vec::new(),
            paragraph: p,
            quoted: 0,
            pronoun: None,
        });
        self.sources.len() - 1
    }

    /// Title, affiliation and places from an appositive, where the source has none yet.
    fn describe(&mut self, s: usize, appositive: &str) {
        let source = &mut self.sources[s];
        // "Maria Lopez, who heads the ministry, said": a clause, not a title.
        // "…, 54, said", "…, speaking at a press conference, said": not what they are.
        let first = appositive.split_whitespace().next().unwrap_or_default();
        let clause = ["who", "which", "whose", "whom", "where", "when"].contains(&first)
            || first.starts_with(|c: char| c.is_ascii_digit())
            || (first.ends_with("ing") && first.chars().next().is_some_and(char::is_lowercase));
        if source.affiliation.is_some() || clause {
            return;
        }
        let (title, affiliation, places) = read_appositive(appositive);
        if title.is_some() {
            source.title = title;
        }
        source.affiliation = affiliation;
        source.places.extend(places);
    }
}

/// The speaker words of a clause with a speech verb (or `according to`, or a dash after a
/// quotation).
fn speaker(tokens: &[Token], side: Side) -> Option<Found> {
    let after_np = |from: usize| -> Found {
        let end = tokens[from..]
            .iter()
            .position(|t| t.is_punct())
            .map_or(tokens.len(), |e| from + e);
        let appositive = (end < tokens.len() && tokens[end].text == ",")
            .then(|| {
                let rest = &tokens[end + 1..];
                let stop = rest
                    .iter()
                    .position(|t| t.text == ",")
                    .unwrap_or(rest.len());
                join(&rest[..stop])
            })
            .filter(|a| !a.is_empty());
        Found {
            subject: words(&tokens[from..end]),
            appositive,
        }
    };
    // "according to X", "selon X", "según X"
    for words in ACCORDING {
        if let Some(i) = tokens.windows(words.len()).position(|w| {
            w.iter()
                .zip(words.iter())
                .all(|(t, word)| t.lower() == *word)
        }) {
            return Some(after_np(i + words.len()));
        }
    }
    // "“…” — X, …"
    if side == Side::After
        && tokens
            .first()
            .is_some_and(|t| matches!(t.text, "—" | "–" | "-"))
    {
        return Some(after_np(1));
    }
    let pick = |list: &[&str]| {
        let mut verbs = (0..tokens.len()).filter(|&i| tokens[i].in_list(list));
        match side {
            Side::Before => verbs.next_back(),
            Side::After => verbs.next(),
        }
    };
    let Some(v) = pick(SPEECH_VERBS) else {
        // Only a participle: "…, saying that the plan “would fail”".
        return participle_subject(tokens, pick(PARTICIPLES)?);
    };
    // The subject goes back from the verb, over adverbs and auxiliaries.
    let mut end = v;
    while end > 0 && tokens[end - 1].in_list(ADVERBS) {
        end -= 1;
    }
    let before = &tokens[..end];
    let subject_tokens: &[Token] = if before.iter().all(Token::is_punct) {
        // "… », a déclaré X", "Said Lima: “…”": the verb first, its subject after it.
        return Some(after_np(v + 1)).filter(|f| !f.subject.is_empty());
    } else if before.last().is_some_and(|t| t.text == ",") {
        // "X, a … at …, said": the name before the appositive (after any opener).
        let segments: Vec<&[Token]> = before[..before.len() - 1]
            .split(|t| t.text == ",")
            .collect();
        let first = segments.iter().position(|s| !strip_openers(s).is_empty())?;
        let appositive: Vec<String> = segments[first + 1..].iter().map(|s| join(s)).collect();
        let subject = strip_openers(segments[first]);
        return Some(Found {
            subject: words(subject),
            appositive: (!appositive.is_empty()).then(|| appositive.join(", ")),
        })
        .filter(|f| !f.subject.is_empty());
    } else {
        let start = before
            .iter()
            .rposition(|t| t.is_punct() || t.in_list(BOUNDARIES))
            .map_or(0, |i| i + 1);
        if before.last().is_some_and(|t| t.in_list(&["who", "which"])) {
            // "Lima, who said the plan “would fail”", "It was Lima who said": the name
            // the clause is about.
            let mut end = before.len() - 1;
            if before[..end].last().is_some_and(|t| t.text == ",") {
                end -= 1;
            }
            &before[name_run(before, end)]
        } else {
            strip_openers(&before[start..])
        }
    };
    if subject_tokens.is_empty() {
        // "…, so said X, a …" or "…,” then says the ministry."
        return (side == Side::After)
            .then(|| after_np(v + 1))
            .filter(|f| !f.subject.is_empty());
    }
    Some(Found {
        subject: words(subject_tokens),
        appositive: None,
    })
}

/// The subject of a participle: "the agency quoted Lima as saying" → Lima; "Lima
/// criticised the plan, saying" → Lima (the clause's first name or pronoun).
fn participle_subject(tokens: &[Token], v: usize) -> Option<Found> {
    let before = &tokens[..v];
    if before.last().is_some_and(|t| t.lower() == "as") {
        let quoted = before.iter().rposition(|t| t.lower() == "quoted")?;
        let subject = &before[quoted + 1..before.len() - 1];
        return (!subject.is_empty()).then(|| Found {
            subject: words(subject),
            appositive: None,
        });
    }
    let start = before
        .iter()
        .rposition(|t| matches!(t.text, ";" | ":") || t.in_list(BOUNDARIES))
        .map_or(0, |i| i + 1);
    let clause = strip_openers(&before[start..]);
    let first = clause.first()?;
    if first.in_list(PRONOUNS) {
        return Some(Found {
            subject: vec![first.text.to_owned()],
            appositive: None,
        });
    }
    let run: Vec<&Token> = clause.iter().take_while(|t| t.namelike()).collect();
    let name = run
        .first()
        .is_some_and(|t| t.capitalised() && !t.in_list(DETERMINERS));
    name.then(|| Found {
        subject: run.iter().map(|t| t.text.to_owned()).collect(),
        appositive: None,
    })
}

fn strip_openers<'a, 'b>(tokens: &'b [Token<'a>]) -> &'b [Token<'a>] {
    let skip = tokens.iter().take_while(|t| t.in_list(OPENERS)).count();
    // "In 2020 Smith said": an opening phrase up to the name is not the subject either.
    let rest = &tokens[skip..];
    if skip > 0 {
        if let Some(name) = rest.iter().position(|t| t.capitalised()) {
            if rest[..name].iter().all(|t| !t.in_list(DETERMINERS)) {
                return &rest[name..];
            }
        }
    }
    rest
}

/// The run of name words that ends just before `end` ("de Vries" with its particle).
fn name_run(tokens: &[Token], end: usize) -> std::ops::Range<usize> {
    let start = tokens[..end]
        .iter()
        .rposition(|t| !t.namelike())
        .map_or(0, |i| i + 1);
    start..end
}

/// "President Xi Jinping" → ("President", "Xi Jinping"): the titles written before a name.
fn split_honorifics(run: &[Token]) -> (Option<String>, String) {
    let cut = run
        .iter()
        .rposition(|t| {
            t.in_list(HONORIFICS)
                || t.in_list(ROLE_NOUNS)
                || t.text.ends_with("’s")
                || t.text.ends_with("'s")
        })
        .map_or(0, |i| i + 1)
        .min(run.len().saturating_sub(1));
    let title = (cut > 0).then(|| join(&run[..cut]));
    (title, join(&run[cut..]))
}

/// "Russia specialist Mark N. Katz": the words before a name that say what the person is,
/// when the last of them is a role noun (in a subject or an appositive: a phrase that has
/// no comma).
fn premodifier(tokens: &[Token], name_start: usize) -> Option<String> {
    let before = &tokens[..name_start];
    let last = before.last()?;
    if !last.in_list(ROLE_NOUNS) {
        return None;
    }
    let start = before
        .iter()
        .rposition(|t| {
            t.in_list(BOUNDARIES)
                || t.in_list(&[
                    "the", "a", "an", "his", "her", "its", "their", "and", "of", "by", "with", "to",
                ])
        })
        .map_or(0, |i| i + 1);
    let words = strip_openers(&before[start..]);
    (!words.is_empty() && words.len() <= 6).then(|| join(words))
}

/// Title, affiliation and places from an appositive such as "a senior fellow at the
/// Washington-based Stimson Centre" or "an associate professor at Russia's Far Eastern
/// Federal University in Vladivostok".
pub fn read_appositive(text: &str) -> (Option<String>, Option<String>, Vec<String>) {
    let mut t = text.trim();
    for article in ["a ", "an ", "the "] {
        if let Some(rest) = t.strip_prefix(article) {
            t = rest;
            break;
        }
    }
    let mut places = Vec::new();
    let capital_after = |s: &str| s.starts_with(char::is_uppercase);
    let (title, affiliation) = if let Some(i) = t.rfind(" at ") {
        (&t[..i], Some(&t[i + 4..]))
    } else if let Some(i) = t.find(" of the ").filter(|&i| capital_after(&t[i + 8..])) {
        (&t[..i], Some(&t[i + 8..]))
    } else if let Some(i) = t.find(" of ").filter(|&i| capital_after(&t[i + 4..])) {
        (&t[..i], Some(&t[i + 4..]))
    } else {
        (t, None)
    };
    let affiliation = affiliation.map(|a| {
        let mut a = a.strip_prefix("the ").unwrap_or(a).trim();
        if let Some(i) = a.rfind(" in ").filter(|&i| capital_after(&a[i + 4..])) {
            places.push(a[i + 4..].to_owned());
            a = &a[..i];
        }
        for possessive in ["’s ", "'s "] {
            if let Some(i) = a.find(possessive) {
                if capital_after(a) && !a[..i].contains(' ') {
                    places.push(a[..i].to_owned());
                    a = &a[i + possessive.len()..];
                }
            }
        }
        if let Some((place, rest)) = a.split_once("-based ") {
            places.push(place.to_owned());
            a = rest;
        }
        a.to_owned()
    });
    for word in title.split_whitespace() {
        if let Some(place) = word.strip_suffix("-based") {
            places.push(place.to_owned());
        }
    }
    let title = (!title.is_empty()).then(|| capitalise(title));
    (title, affiliation.filter(|a| !a.is_empty()), places)
}

/// Whether `named`, as an article writes it (a full name, or a surname alone: "Katz", "Li"),
/// names the person `full`: each of its words that is not an initial is a word of
/// `full`, whatever the case, and there is at least one.
///
/// ```
/// use steppe_editorial::article::sources::names_person;
/// assert!(names_person("Mark N. Katz", "Katz") && names_person("Mark N. Katz", "Mark N. Katz"));
/// assert!(!names_person("Vladimir Portyakov", "Vladimir Putin") && !names_person("Mark N. Katz", "N."));
/// ```
pub fn names_person(full: &str, named: &str) -> bool {
    let theirs: Vec<String> = full.split(' ').map(str::to_lowercase).collect();
    let words: Vec<String> = named
        .split(' ')
        .filter(|w| w.chars().count() > 1 && !w.ends_with('.'))
        .map(str::to_lowercase)
        .collect();
    !words.is_empty() && words.iter().all(|w| theirs.contains(w))
}

fn words(tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| !t.is_punct())
        .map(|t| t.text.to_owned())
        .collect()
}

fn join(tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        if !out.is_empty() && !matches!(t.text, "," | ";" | ":") {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

/// The first letter in capitals.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
