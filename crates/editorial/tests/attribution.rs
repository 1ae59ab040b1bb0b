//! Who each quotation is given to, and what the article says of each source: the article
//! reader's attribution rules, one short article written for each (see
//! `steppe_editorial::article::sources`).

use steppe_editorial::article::sources::{names_person, read_appositive};
use steppe_editorial::article::{Article, Attribution};

/// Each quotation of `body` with who it is given to (and how, and where the source is
/// named) or why it is given to no one; then each source the article names.
fn read(body: &str) -> Vec<String> {
    let article = Article::parse(&format!("Headline\n\nMay 2, 2032\n\n{body}\n"));
    let quotations = article.quotations().iter().map(|q| match &q.attribution {
        Attribution::To {
            source,
            paragraph,
            how,
        } => format!(
            "{} → {} ({how:?}, ¶{paragraph})",
            q.text,
            article.sources()[*source].name
        ),
        Attribution::Unknown(why) => format!("{} → ? {why}", q.text),
    });
    let sources = article.sources().iter().map(|s| {
        format!(
            "* {} [{:?}] title={:?} affiliation={:?} places={:?} ¶{} quoted {}",
            s.name, s.kind, s.title, s.affiliation, s.places, s.paragraph, s.quoted
        )
    });
    quotations.chain(sources).collect()
}

#[test]
fn each_rule_gives_each_quotation_to_its_source_or_says_why_not() {
    let cases: &[(&str, &[&str])] = &[
        // A quotation that follows one given to no one is no one's either, whoever the paragraph names after it.
        (
            "“The pier is old and must go,” a worker said, as Mira Holt, the harbour master, looked on.

“It must be rebuilt before the winter.”",
            &[
                "The pier is old and must go → ? “a worker” is someone the article does not name",
                "It must be rebuilt before the winter. → ? “a worker” is someone the article does not name",
                "* Mira Holt [Person] title=Some(\"Harbour master\") affiliation=None places=[] ¶0 quoted 0",
            ],
        ),
        // A paragraph that is only a quotation, after one that quoted a source, is that source's.
        (
            "“We will rebuild the old pier,” said Mira Holt.

“It will take a year or more.”",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "It will take a year or more. → Mira Holt (Continued, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        // …unless the paragraph before named another source after its quotation: the editor decides.
        (
            "“We will rebuild the old pier,” said Mira Holt. Tomas Berg, the mayor, disagreed:

“It will cost far too much money.”",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "It will cost far too much money. → ? the paragraph before quotes one source and then names another",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
                "* Tomas Berg [Person] title=Some(\"Mayor\") affiliation=None places=[] ¶0 quoted 0",
            ],
        ),
        // A pronoun after a quotation is read in its own sentence: the last person named.
        (
            "“We will rebuild the old pier,” said Mira Holt.

Tomas Berg, the mayor, arrived late. She said the plan “will take a year or more”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "will take a year or more → Tomas Berg (Referred, ¶1)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
                "* Tomas Berg [Person] title=Some(\"Mayor\") affiliation=None places=[] ¶1 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt. Tomas Berg, the mayor, frowned. “It will cost far too much,” he said.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "It will cost far too much → Tomas Berg (Referred, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
                "* Tomas Berg [Person] title=Some(\"Mayor\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "Mira Holt said: “The pier is old and must go.” Tomas Berg, the mayor of the small town, frowned at this. “It will cost far too much,” he said.",
            &[
                "The pier is old and must go. → Mira Holt (Named, ¶0)",
                "It will cost far too much → Tomas Berg (Referred, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
                "* Tomas Berg [Person] title=Some(\"Mayor of the small town\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

“The pier is old and must go.” she said.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "The pier is old and must go. → Mira Holt (Referred, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

“The pier is old and must go.” Tomas Berg said later that he did not agree at all.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "The pier is old and must go. → Mira Holt (Continued, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
                "* Tomas Berg [Person] title=None affiliation=None places=[] ¶1 quoted 0",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

Tomas Berg, the mayor, arrived from Oslo. The plan, Holt said, “will take a year or more”.

“It will cost far too much,” Berg said.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "will take a year or more → Mira Holt (Named, ¶1)",
                "It will cost far too much → Tomas Berg (Named, ¶2)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
                "* Tomas Berg [Person] title=Some(\"Mayor\") affiliation=None places=[] ¶1 quoted 1",
            ],
        ),
        (
            "Mira Holt, former harbour master, arrived late.

“The pier is old and must go,” Holt said.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=Some(\"Former harbour master\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” the Joint Declaration said.",
            &[
                "The pier is old and must go → Joint Declaration (Named, ¶0)",
                "* Joint Declaration [Document] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

“The pier is old and must go,” said the director of the museum.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "The pier is old and must go → Mira Holt (Referred, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "“The pier is old and must go,” said a spokeswoman in Oslo.",
            &[
                "The pier is old and must go → ? “a spokeswoman in Oslo” is someone the article does not name",
            ],
        ),
        (
            "“The pier is old and must go,” said a spokesperson for the ministry.",
            &[
                "The pier is old and must go → Ministry (Named, ¶0)",
                "* Ministry [Organisation] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” said a spokesman at the embassy.",
            &[
                "The pier is old and must go → Embassy (Named, ¶0)",
                "* Embassy [Organisation] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” the Norwegian foreign ministry said. “The harbour needs a new one,” the Joint Declaration said.

“We will pay for half of it,” the ministry said.",
            &[
                "The pier is old and must go → Norwegian foreign ministry (Named, ¶0)",
                "The harbour needs a new one → Joint Declaration (Named, ¶0)",
                "We will pay for half of it → Norwegian foreign ministry (Named, ¶1)",
                "* Norwegian foreign ministry [Organisation] title=None affiliation=None places=[] ¶0 quoted 2",
                "* Joint Declaration [Document] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” the Danish foreign ministry said. “We will pay for half of it,” the Norwegian foreign ministry said.",
            &[
                "The pier is old and must go → Danish foreign ministry (Named, ¶0)",
                "We will pay for half of it → Norwegian foreign ministry (Named, ¶0)",
                "* Danish foreign ministry [Organisation] title=None affiliation=None places=[] ¶0 quoted 1",
                "* Norwegian foreign ministry [Organisation] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt. “The pier is old and must go,” NATO said. “We will pay for half of it,” NATO said.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "The pier is old and must go → NATO (Named, ¶0)",
                "We will pay for half of it → NATO (Named, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
                "* NATO [Organisation] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "Ana Costa Lima, an economist at the Oslo Institute, spoke first. Ana Costa, a lawyer, spoke next.

“The pier is old and must go,” Ana Costa said.",
            &[
                "The pier is old and must go → Ana Costa (Named, ¶1)",
                "* Ana Costa Lima [Person] title=Some(\"Economist\") affiliation=Some(\"Oslo Institute\") places=[] ¶0 quoted 0",
                "* Ana Costa [Person] title=Some(\"Lawyer\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” said Mira Holt, a lecturer at Oslo University.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Lecturer\") affiliation=Some(\"Oslo University\") places=[] ¶0 quoted 1",
            ],
        ),
        (
            "Mira Holt, senior lecturer at Oslo University, said: “The pier is old and must go.”",
            &[
                "The pier is old and must go. → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Senior lecturer\") affiliation=Some(\"Oslo University\") places=[] ¶0 quoted 1",
            ],
        ),
        (
            "Said Mira Holt: “The pier is old and must go.”",
            &[
                "The pier is old and must go. → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt, the harbour master.

The radio quoted the lecturer as saying the pier “would not last the winter”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would not last the winter → Mira Holt (Referred, ¶0)",
                "* Mira Holt [Person] title=Some(\"Harbour master\") affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

The pier is old, but Holt criticised the plan, saying it “would fail in a year”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would fail in a year → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

The pier is old; Holt criticised the plan, saying it “would fail in a year”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would fail in a year → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

The pier is old, and officials criticised the plan, saying it “would fail in a year”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would fail in a year → ? no source is named in its sentence, and the paragraph before neither quotes nor introduces one",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt.

Meanwhile Holt said the plan “would fail in a year”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would fail in a year → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "On Tuesday, senior lecturer Mira Holt said the plan “would fail in a year”.",
            &[
                "would fail in a year → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Senior lecturer\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "A letter came from de Vries, the mayor of Delft, on Friday.

“The pier is old and must go,” de Vries said.",
            &[
                "The pier is old and must go → de Vries (Named, ¶1)",
                "* de Vries [Person] title=Some(\"Mayor\") affiliation=Some(\"Delft\") places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” said Dr Mira Holt.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Dr\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "On Tuesday, economist Mira Holt, a lecturer at Oslo University, spoke.

“The pier is old and must go,” Holt said.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=Some(\"Lecturer\") affiliation=Some(\"Oslo University\") places=[] ¶0 quoted 1",
            ],
        ),
        (
            "Berg left because economist Mira Holt, a lecturer at Oslo University, disagreed.

“The pier is old and must go,” Holt said.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=Some(\"Lecturer\") affiliation=Some(\"Oslo University\") places=[] ¶0 quoted 1",
            ],
        ),
        (
            "It was then that Mira Holt, who said the pier “would not last the winter”, left.
",
            &[
                "would not last the winter → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“We will rebuild the old pier,” said Mira Holt. It was a long meeting.

“The pier is old and must go,” said a spokesperson for.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "The pier is old and must go → ? “a spokesperson for” is someone the article does not name",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "Mira Holt, the harbour master, spoke first. “We will rebuild the old pier,” the ministry said.

“It will take a year or more.”",
            &[
                "We will rebuild the old pier → Ministry (Named, ¶0)",
                "It will take a year or more. → Ministry (Continued, ¶0)",
                "* Mira Holt [Person] title=Some(\"Harbour master\") affiliation=None places=[] ¶0 quoted 0",
                "* Ministry [Organisation] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        // A name before “who” or “which” is the speaker's, with a comma or without.
        (
            "“We will rebuild the old pier,” said Mira Holt.

It was Mira Holt who said the pier “would not last the winter”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would not last the winter → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        (
            "“The pier is old and must go,” so said Mira Holt.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "The plan, which said the pier “would not last the winter”, was rejected.",
            &[
                "would not last the winter → ? no source is named in its sentence, and the paragraph before neither quotes nor introduces one",
            ],
        ),
        (
            "NATO, which said the pier “would not last the winter”, sent engineers.",
            &[
                "would not last the winter → NATO (Named, ¶0)",
                "* NATO [Organisation] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        // An opening phrase before the name is not the subject's.
        (
            "“We will rebuild the old pier,” said Mira Holt.

In 2020 Holt criticised the plan, saying it “would fail in a year”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "would fail in a year → Mira Holt (Named, ¶1)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        // The subject after a subordinating word: here a pronoun.
        (
            "“We will rebuild the old pier,” said Mira Holt.\n\nThe mayor agreed with everything that she said about “the old and rotten pier”.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "the old and rotten pier → Mira Holt (Referred, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        // The verb before its subject, after a subordinating word.
        (
            "“We will rebuild the old pier,” said Mira Holt.

“The pier is old and must go,” so said the minister.",
            &[
                "We will rebuild the old pier → Mira Holt (Named, ¶0)",
                "The pier is old and must go → Mira Holt (Referred, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 2",
            ],
        ),
        // A title before a name, even at a sentence's start.
        (
            "Economist Mira Holt said the plan “would fail in a year”.",
            &[
                "would fail in a year → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Economist\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        (
            "“The pier is old and must go,” said the Oslo University economist Mira Holt.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Oslo University economist\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        // …of at most six words.
        (
            "“The pier is old and must go,” said the long-serving Oslo University marine harbour policy economist Mira Holt.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=None affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
        // A possessive before a name is its title, with either apostrophe.
        (
            "“The pier is old and must go,” said Norway's Mira Holt.",
            &[
                "The pier is old and must go → Mira Holt (Named, ¶0)",
                "* Mira Holt [Person] title=Some(\"Norway's\") affiliation=None places=[] ¶0 quoted 1",
            ],
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(read(body), *expected, "{body}");
    }
}

/// What an appositive says: a title, an affiliation, places.
type Described = (
    Option<&'static str>,
    Option<&'static str>,
    &'static [&'static str],
);

#[test]
fn an_appositive_gives_a_title_an_affiliation_and_places() {
    let cases: [(&str, Described); 6] = [
        (
            "director of the Oslo Maritime Museum",
            (Some("Director"), Some("Oslo Maritime Museum"), &[]),
        ),
        (
            "head of Harbour Watch",
            (Some("Head"), Some("Harbour Watch"), &[]),
        ),
        (
            "the director of the small museum",
            (Some("Director of the small museum"), None, &[]),
        ),
        (
            "a lecturer at Norway’s Oslo University in Blindern",
            (
                Some("Lecturer"),
                Some("Oslo University"),
                &["Blindern", "Norway"],
            ),
        ),
        // A possessive after a name of more than one word is part of the name.
        (
            "a lecturer at the University of Oslo’s law school",
            (
                Some("Lecturer"),
                Some("University of Oslo’s law school"),
                &[],
            ),
        ),
        (
            "a Bergen-based harbour engineer",
            (Some("Bergen-based harbour engineer"), None, &["Bergen"]),
        ),
    ];
    for (text, (title, affiliation, places)) in cases {
        let (t, a, p) = read_appositive(text);
        assert_eq!(
            (
                t.as_deref(),
                a.as_deref(),
                p.iter().map(String::as_str).collect::<Vec<_>>()
            ),
            (title, affiliation, places.to_vec()),
            "{text}"
        );
    }
}

#[test]
fn a_name_as_written_names_a_person_whatever_their_initials() {
    for (full, named, same) in [
        ("Mark N. Katz", "Katz", true),
        ("Mark N. Katz", "Mark N Katz", true),
        ("Mark N. Katz", "Mark K. Katz", true),
        ("Mark N. Katz", "mark katz", true),
        ("Mark N. Katz", "N.", false),
        ("Mark N. Katz", "N", false),
        ("Mark N. Katz", "Mark Katzen", false),
        ("Ana Costa", "Ana Costa Lima", false),
    ] {
        assert_eq!(names_person(full, named), same, "{full} / {named}");
    }
}
