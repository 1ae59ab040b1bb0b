//! `steppe draft`: the seed article's draft holds the Central Asia story's quotes,
//! speakers and countries; each quotation and attribution pattern on short paragraphs
//! written for the test; every quote of any draft is verbatim; bad input never panics.

use proptest::prelude::*;
use std::sync::OnceLock;
use steppe_core::story::{SpeakerKind, Story, DRAFT_MARK};
use steppe_editorial::article::Article;
use steppe_editorial::check::check;
use steppe_editorial::countries::Countries;
use steppe_editorial::data::{path, COUNTRIES, COUNTRY_ALIASES, GAZETTEER, SUBDIVISIONS};
use steppe_editorial::draft::{date, draft, Summary};
use steppe_editorial::gazetteer::Gazetteer;

const SEED: &str = include_str!("../../../tests/fixtures/article.txt");

fn data() -> &'static (Countries, Gazetteer) {
    static DATA: OnceLock<(Countries, Gazetteer)> = OnceLock::new();
    DATA.get_or_init(|| {
        (
            Countries::load(&path(COUNTRIES), &path(COUNTRY_ALIASES)).unwrap(),
            Gazetteer::load(&path(GAZETTEER), &path(SUBDIVISIONS)).unwrap(),
        )
    })
}

fn drafted(text: &str) -> (Story, Summary, Article) {
    let article = Article::parse(text);
    let (countries, cities) = data();
    let (story, summary) = draft(&article, None, countries, cities);
    (story, summary, article)
}

/// What the draft says of the speaker of this name: title, affiliation, country, place.
fn described<'a>(
    story: &'a Story,
    name: &str,
) -> (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
) {
    let s = story.speakers.iter().find(|s| s.name == name).unwrap();
    (
        s.title.as_deref(),
        s.affiliation.as_deref(),
        s.based_in.as_deref(),
        s.place.as_deref(),
    )
}

/// The speaker's name of the first quote of a paragraph (from 1), or its draft mark.
fn speaker_in(story: &Story, paragraph: u32) -> Option<String> {
    given(story)
        .into_iter()
        .find(|(_, _, p)| *p == paragraph)
        .map(|(who, _, _)| who)
}

/// The speaker's name of each quote, with its text and paragraph.
fn given(story: &Story) -> Vec<(String, &str, u32)> {
    story
        .quotes
        .iter()
        .map(|q| {
            let who = story
                .speaker(&q.speaker)
                .map_or(q.speaker.clone(), |s| s.name.clone());
            (who, q.text.as_str(), q.paragraph)
        })
        .collect()
}

#[test]
fn the_seed_articles_draft_holds_the_central_asia_story() {
    let reference = Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
    let (story, summary, _) = drafted(SEED);
    assert_eq!(story.quotes.len(), 21);
    assert_eq!(summary.unattributed, []);
    for q in &reference.quotes {
        let speaker = &reference.speaker(&q.speaker).unwrap().name;
        let found = story
            .quotes
            .iter()
            .find(|d| d.text == q.text && d.paragraph == q.paragraph);
        let found = found.unwrap_or_else(|| panic!("not drafted: {} ({})", q.id, q.text));
        assert_eq!(
            &story.speaker(&found.speaker).unwrap().name,
            speaker,
            "{}",
            q.id
        );
    }
    let expect = [
        ("Yun Sun", "Senior fellow", "Stimson Centre", Some("USA")),
        (
            "Li Lifan",
            "Specialist in Russia and Central Asia",
            "Shanghai Academy of Social Sciences",
            Some("CHN"),
        ),
        (
            "Artyom Lukin",
            "Associate professor",
            "Far Eastern Federal University",
            Some("RUS"),
        ),
        (
            "Vladimir Portyakov",
            "Deputy director of the Institute of Far Eastern Affairs",
            "Russian Academy of Sciences",
            Some("RUS"),
        ),
        (
            "Mark N. Katz",
            "Professor of government and politics",
            "George Mason University",
            None,
        ),
        (
            "Pan Dawei",
            "Director",
            "Shanghai Academy of Social Sciences Centre for Russian and Central Asian Studies",
            Some("CHN"),
        ),
    ];
    assert_eq!(story.speakers.len(), expect.len());
    for (s, (name, title, affiliation, based)) in story.speakers.iter().zip(expect) {
        assert_eq!(
            (
                s.name.as_str(),
                s.title.as_deref(),
                s.affiliation.as_deref(),
                s.based_in.as_deref()
            ),
            (name, Some(title), Some(affiliation), based)
        );
    }
    let codes: Vec<&str> = story.regions.iter().map(|r| r.id.as_str()).collect();
    for named in [
        "CHN", "KAZ", "UZB", "RUS", "KGZ", "TJK", "IND", "PAK", "IRN", "UKR", "USA",
    ] {
        assert!(codes.contains(&named), "{named} missing from {codes:?}");
    }
    let places: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    for named in [
        "beijing",
        "nur-sultan",
        "samarkand",
        "moscow",
        "vladivostok",
        "kyiv",
        "shanghai",
        "washington",
    ] {
        assert!(places.contains(&named), "{named} missing from {places:?}");
    }
    let samarkand = story.place("samarkand").unwrap();
    assert_eq!(samarkand.region, "UZB");
    assert!((samarkand.lat - 39.65).abs() < 0.1 && (samarkand.lon - 66.96).abs() < 0.1);
    // Every place has the gazetteer as its source.
    assert!(story.places.iter().all(|p| story
        .sources
        .iter()
        .any(|s| s.supports.contains(&format!("place:{}", p.id)))));
    assert_eq!(story.title, "Chinese leader Xi Jinping prepares for high-stakes meeting with Vladimir Putin on first trip abroad since start of Covid-19 pandemic");
    assert_eq!(story.published, "2022-09-13");
}

#[test]
fn a_draft_is_verbatim_and_refused_by_check_until_reviewed() {
    let (story, _, article) = drafted(SEED);
    let report = check(&story, &article);
    assert_eq!(
        report.problems,
        [],
        "every quote verbatim and rightly attributed"
    );
    assert_eq!(report.notes, [], "every quotation carried");
    let json = serde_json::to_string_pretty(&story).unwrap();
    let problems = Story::from_json_text(&json).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(
        paths.starts_with(&[
            "$.dek",
            "$.source.name",
            "$.source.url",
            "$.credit",
            "$.roles[0].label"
        ]),
        "{paths:?}"
    );
    assert!(
        problems
            .iter()
            .all(|p| p.message.starts_with("written by steppe draft: ")),
        "{problems:#?}"
    );
    // Once an editor writes every marked value, the story is valid.
    let reviewed = json
        .replace("https://…", "example.org/story")
        .replace(DRAFT_MARK, "");
    let reviewed = reviewed.replace(
        "\"url\": \"the article's address, example.org/story\"",
        "\"url\": \"https://example.org/story\"",
    );
    Story::from_json_text(&reviewed).unwrap();
}

const PATTERNS: &str = "Ministers meet in Lisbon

Lisbon, 4 March 2031 – A fictional report written for Steppe's tests.

Ana Costa, a trade negotiator at the Lisbon-based Atlantic Institute, said: “We have never been closer to a deal on grain.”

“The tariffs will fall by half,” the minister said on Friday. “It will take two years at most.”

Economist Tomas Berg said that the plan “would not survive the first winter of higher prices”.

He told reporters: “Nobody in Oslo believes the grain numbers.”

“Farmers will judge this deal by their harvests,” said Ines Duarte, a professor of economics at the University of Porto.

While Berg described the talks as “a long march through the same swamp”, others were hopeful.

“Both blocs will lower their tariffs on steel,” the joint statement of the Andean Union and the Nordic Council said.

“Our ports are ready for the new trade,” according to a statement by the Portuguese Ministry of the Sea.

“We were never told what the numbers were,” a union leader told the crowd.

“Prices have to come down before the spring,” — Marta Lind, director of the Baltic Grain Board.

The slogan “grain for all” and the “deal” were everywhere.
";

#[test]
fn each_quotation_and_attribution_pattern() {
    let (story, summary, _) = drafted(PATTERNS);
    let got = given(&story);
    let expect: &[(&str, &str, u32)] = &[
        (
            "Ana Costa",
            "We have never been closer to a deal on grain.",
            1,
        ),
        ("Ana Costa", "The tariffs will fall by half", 2),
        ("Ana Costa", "It will take two years at most.", 2),
        (
            "Tomas Berg",
            "would not survive the first winter of higher prices",
            3,
        ),
        (
            "Tomas Berg",
            "Nobody in Oslo believes the grain numbers.",
            4,
        ),
        (
            "Ines Duarte",
            "Farmers will judge this deal by their harvests",
            5,
        ),
        ("Tomas Berg", "a long march through the same swamp", 6),
        (
            "Joint statement of the Andean Union and the Nordic Council",
            "Both blocs will lower their tariffs on steel",
            7,
        ),
        (
            "Statement by the Portuguese Ministry of the Sea",
            "Our ports are ready for the new trade",
            8,
        ),
        (
            "Marta Lind",
            "Prices have to come down before the spring",
            10,
        ),
    ];
    let got: Vec<_> = got.into_iter().filter(|g| g.2 != 9).collect();
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    for (g, e) in got.iter().zip(expect) {
        assert_eq!((g.0.as_str(), g.1, g.2), *e);
    }
    // "a union leader told the crowd": someone the article does not name.
    assert_eq!(summary.unattributed.len(), 1, "{:?}", summary.unattributed);
    assert_eq!(summary.unattributed[0].0, 9);
    assert!(summary.unattributed[0]
        .1
        .contains("“a union leader” is someone the article does not name"));
    let kind = |name: &str| {
        story
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap()
            .kind()
    };
    assert_eq!(
        kind("Joint statement of the Andean Union and the Nordic Council"),
        SpeakerKind::Document
    );
    assert_eq!(
        described(&story, "Ana Costa"),
        (
            Some("Trade negotiator"),
            Some("Atlantic Institute"),
            Some("PRT"),
            Some("lisbon")
        )
    );
    let berg = story
        .speakers
        .iter()
        .find(|s| s.name == "Tomas Berg")
        .unwrap();
    assert_eq!(berg.title.as_deref(), Some("Economist"));
    assert_eq!(story.published, "2031-03-04");
    assert!(story
        .places
        .iter()
        .any(|p| p.id == "oslo" && p.region == "NOR"));
}

#[test]
fn what_the_article_does_not_make_clear_is_left_to_the_editor() {
    let text = "Headline\n\nDateline\n\nThe weather was cold in the capital on Monday.\n\n“We will not sign anything this week,” he said.\n\n“Nobody asked the fishermen about the quota,” Smith said.\n";
    let (story, summary, _) = drafted(text);
    assert_eq!(summary.unattributed.len(), 2, "{:?}", summary.unattributed);
    assert_eq!(summary.unattributed[0].0, 2);
    assert!(story
        .quotes
        .iter()
        .all(|q| q.speaker.starts_with(DRAFT_MARK)));
    assert!(story.speakers.is_empty());
}

#[test]
fn dates_in_datelines() {
    for (line, iso) in [
        ("September 13, 2022 GMT", Some("2022-09-13")),
        ("Lisbon, 4 March 2031", Some("2031-03-04")),
        ("Sept. 9, 2024", Some("2024-09-09")),
        ("2023-11-30 08:00", Some("2023-11-30")),
        ("February 30, 2023", None),
        ("2023-1-30", None),
        ("23-11-30", None),
        ("2023-11-3", None),
        ("By our correspondent", None),
    ] {
        assert_eq!(date(line).as_deref(), iso, "{line}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the text, every quote of its draft passes the check's verbatim rule.
    #[test]
    fn every_quote_of_any_draft_is_verbatim(
        paragraphs in prop::collection::vec(
            prop::collection::vec(prop_oneof![
                "[A-Z][a-z]{1,8}", "[a-z]{1,8}", Just("said".to_owned()), Just("“".to_owned()),
                Just("”".to_owned()), Just("\"".to_owned()), Just(",".to_owned()), Just(".".to_owned()),
                Just("he".to_owned()), Just("’".to_owned()), Just("‘".to_owned()), Just("—".to_owned())
            ], 0..30).prop_map(|w| w.join(" ")),
            1..8)
    ) {
        let text = format!("Headline\n\nDateline\n\n{}\n", paragraphs.join("\n\n"));
        let (story, _, article) = drafted(&text);
        let report = check(&story, &article);
        let about_text: Vec<_> = report.problems.iter().filter(|p| p.path.ends_with(".text") || p.path.ends_with(".paragraph")).collect();
        prop_assert!(about_text.is_empty(), "{:#?}", about_text);
        for q in &story.quotes {
            prop_assert!(article.paragraphs()[q.paragraph as usize - 1].contains(&q.text));
        }
    }
}

#[test]
fn a_country_that_is_also_a_state_is_resolved_by_the_articles_other_places_else_flagged() {
    let caucasus = "Talks in the Caucasus\n\nMay 2, 2031\n\nDiplomats from Georgia, Armenia and Azerbaijan met in Tbilisi, where Russia sent an observer.\n";
    let (story, summary, _) = drafted(caucasus);
    let georgia = story.region("GEO").unwrap();
    assert!(!georgia.note.contains("also a state"), "{}", georgia.note);
    assert!(summary.ambiguous.is_empty(), "{:?}", summary.ambiguous);
    assert!(story
        .places
        .iter()
        .any(|p| p.id == "tbilisi" && p.region == "GEO"));

    let american = "Storms in the south\n\nMay 2, 2031\n\nFarmers in Georgia and Alabama counted their losses, the United States weather service said.\n";
    let (story, summary, _) = drafted(american);
    let georgia = story.region("GEO").unwrap();
    assert!(
        georgia.note.starts_with(&format!(
            "{DRAFT_MARK}“Georgia” is also a state of United States"
        )),
        "{}",
        georgia.note
    );
    assert_eq!(summary.ambiguous, ["Georgia"]);
}

#[test]
fn washington_the_city_or_the_state() {
    let city = "Talks\n\nMay 2, 2031\n\nAna Costa, a fellow at a Washington-based think tank, said the United States was “not ready to move on the tariffs”.\n";
    let (story, _, _) = drafted(city);
    let washington = story.place("washington").expect("the capital");
    assert_eq!(
        (washington.region.as_str(), washington.kind.as_str()),
        ("USA", "capital")
    );
    let state = "Apples\n\nMay 2, 2031\n\nGrowers in Washington state, in the United States, expect a record harvest.\n";
    let (story, _, _) = drafted(state);
    assert!(story.place("washington").is_none(), "{:?}", story.places);
}

/// The South American summit (an article written for the tests) and the story an editor
/// made from its draft: the draft's quotes, speakers and places are what the editor kept.
#[test]
fn the_summit_draft_is_what_its_editor_kept() {
    let text = std::fs::read_to_string(steppe_editorial::data::path(
        "tests/fixtures/summit-article.txt",
    ))
    .unwrap();
    let reviewed = Story::from_json_text(
        &std::fs::read_to_string(steppe_editorial::data::path(
            "tests/fixtures/summit-story.json",
        ))
        .unwrap(),
    )
    .unwrap();
    let (story, summary, article) = drafted(&text);
    assert_eq!(summary.unattributed, []);
    assert_eq!(given(&story), given(&reviewed));
    let ids = |s: &Story| s.quotes.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&story), ids(&reviewed));
    for (drafted, kept) in story.speakers.iter().zip(&reviewed.speakers) {
        assert_eq!(
            (&drafted.name, drafted.kind(), &drafted.title),
            (&kept.name, kept.kind(), &kept.title)
        );
    }
    let regions = |s: &Story| s.regions.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(regions(&story), regions(&reviewed));
    assert_eq!(story.places, reviewed.places);
    assert_eq!(check(&reviewed, &article).problems, []);
}

const MORE_PATTERNS: &str = "Ports reopen after the strike

Rotterdam, 12 June 2031

Port economist Hanna Vos, a lecturer at Erasmus University in Rotterdam, said the strike had cost more than a week of trade.

“The backlog will take a month to clear,” she said.

Dock workers’ spokesman Pieter Claes said the deal was fair. “Nobody got everything they wanted,” he said.

“We expect the first ships to leave on Monday,” she added.

“The strike should never have lasted this long,” the port’s director stressed.

“Customs checks will resume at full strength from Tuesday,” the Dutch finance ministry said. “Delays at the border will be short,” it added.

Kremlin foreign policy adviser Yuri Ushakov says Moscow “will watch the talks on the northern route closely”.

“The price of the delay is paid by consumers,” Reuters reported.
";

#[test]
fn pronouns_follow_the_person_they_were_used_for() {
    let (story, summary, _) = drafted(MORE_PATTERNS);
    let who = |paragraph| speaker_in(&story, paragraph);
    assert_eq!(who(2).as_deref(), Some("Hanna Vos"));
    assert_eq!(who(3).as_deref(), Some("Pieter Claes"));
    // "she added" after "he said": the person the article called "she".
    assert_eq!(who(4).as_deref(), Some("Hanna Vos"));
    // "the port's director": a role noun refers back to the last person named.
    assert_eq!(who(5).as_deref(), Some("Hanna Vos"));
    assert_eq!(who(6).as_deref(), Some("Dutch finance ministry"));
    let ministry: Vec<&str> = story
        .quotes
        .iter()
        .filter(|q| q.paragraph == 6)
        .map(|q| q.speaker.as_str())
        .collect();
    assert_eq!(
        ministry,
        ["dutch-finance-ministry", "dutch-finance-ministry"]
    );
    assert_eq!(who(7).as_deref(), Some("Yuri Ushakov"));
    let ushakov = story
        .speakers
        .iter()
        .find(|s| s.name == "Yuri Ushakov")
        .unwrap();
    assert_eq!(
        ushakov.title.as_deref(),
        Some("Kremlin foreign policy adviser")
    );
    assert_eq!(
        described(&story, "Hanna Vos"),
        (
            Some("Lecturer"),
            Some("Erasmus University"),
            Some("NLD"),
            Some("rotterdam")
        )
    );
    assert_eq!(
        story
            .speakers
            .iter()
            .find(|s| s.name == "Dutch finance ministry")
            .map(|s| s.kind()),
        Some(SpeakerKind::Organisation)
    );
    // "Reuters reported": a name the article does not introduce is the editor's to place.
    assert_eq!(summary.unattributed.len(), 1, "{:?}", summary.unattributed);
    assert_eq!(summary.unattributed[0].0, 8);
    assert!(summary.unattributed[0].1.contains("“Reuters”"));
}

const WIRE_STYLE: &str = "Grain deal collapses

June 20, 2031

“We are not going to accept this,” Foreign Minister Ana Lima told reporters in Lisbon on Tuesday.

Tomas Berg, 54, said: “The numbers were never going to add up.”

Lima criticised the plan, saying it “would leave farmers worse off than before the talks”.

“Our ports are ready for whatever comes next,” according to a spokesperson for the Nordic Council.

The agency quoted Berg as saying “there is still a chance of a deal this summer”.

Lima, speaking at a press conference, said: “Nobody should expect a quick solution.”

“It is a sad day for the whole region,” said one resident, who asked not to be named.
";

#[test]
fn wire_style_attributions() {
    let (story, summary, _) = drafted(WIRE_STYLE);
    let who = |paragraph| speaker_in(&story, paragraph);
    assert_eq!(who(1).as_deref(), Some("Ana Lima"));
    assert_eq!(who(2).as_deref(), Some("Tomas Berg"));
    assert_eq!(
        who(3).as_deref(),
        Some("Ana Lima"),
        "a participle's subject"
    );
    assert_eq!(
        who(4).as_deref(),
        Some("Nordic Council"),
        "a spokesperson for an organisation"
    );
    assert_eq!(who(5).as_deref(), Some("Tomas Berg"), "quoted as saying");
    assert_eq!(who(6).as_deref(), Some("Ana Lima"));
    assert_eq!(summary.unattributed.len(), 1, "{:?}", summary.unattributed);
    assert_eq!(summary.unattributed[0].0, 7, "one resident is not named");
    // "54" and "speaking at a press conference" are not titles.
    assert_eq!(
        described(&story, "Tomas Berg").0,
        Some("[draft] the speaker's title (the article does not give one)")
    );
    assert_eq!(described(&story, "Ana Lima").0, Some("Foreign Minister"));
}

#[test]
fn countries_by_the_names_news_uses_and_not_by_a_persons_name() {
    let text = "Talks in Ankara\n\nMay 2, 2031\n\nJordan Hale, an analyst at the Ankara-based Bosphorus Institute, said Turkey and the U.S. were “closer to a deal than at any time this year”.\n";
    let (story, _, _) = drafted(text);
    let codes: Vec<&str> = story.regions.iter().map(|r| r.id.as_str()).collect();
    assert!(codes.contains(&"TUR"), "{codes:?}");
    assert!(codes.contains(&"USA"), "{codes:?}");
    assert!(
        !codes.contains(&"JOR"),
        "a person's name is not a country: {codes:?}"
    );
    assert_eq!(described(&story, "Jordan Hale").2, Some("TUR"));
}

#[test]
fn two_sources_speaking_together_are_left_to_the_editor() {
    let text = "Talks\n\nMay 2, 2031\n\nAna Lima, a trade negotiator, and Tomas Berg, an economist, met on Monday.\n\n“We will meet again in the spring,” Lima and Berg said in a statement.\n";
    let (story, summary, _) = drafted(text);
    assert_eq!(summary.unattributed.len(), 1, "{:?}", summary.unattributed);
    assert!(summary.unattributed[0]
        .1
        .contains("“Lima and Berg” are more than one source"));
    assert!(story.quotes[0].speaker.starts_with(DRAFT_MARK));
}

#[test]
fn drafted_ids_and_region_notes_are_exact() {
    let text = "Harbour vote in Norway

May 2, 2032

Norway and Sweden signed the harbour accord on Tuesday.

“The harbour accord changes everything for us,” said Mira Holt, a port official.

“The harbour accord changes little in Sweden,” Holt added.

“The harbour accord changes the winter season,” Holt said.
";
    let (story, _, _) = drafted(text);
    assert_eq!(story.id.as_deref(), Some("harbour-vote-in-norway"));
    // A headline with no letter or digit still gives an id.
    let (no_letters, _, _) = drafted(&text.replacen("Harbour vote in Norway", "— « » —", 1));
    assert_eq!(no_letters.id.as_deref(), Some("item"));
    let ids: Vec<&str> = story.quotes.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "holt-harbour-accord",
            "holt-harbour-accord-2",
            "holt-harbour-accord-3"
        ]
    );
    let notes: Vec<(&str, &str)> = story
        .regions
        .iter()
        .map(|r| (r.id.as_str(), r.note.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                "NOR",
                "[draft] Norway: its part in the story, from the article (paragraph 1)"
            ),
            (
                "SWE",
                "[draft] Sweden: its part in the story, from the article (paragraphs 1, 3)"
            )
        ]
    );
    // The quote that names Sweden concerns it.
    assert_eq!(story.quotes[1].regions, ["SWE"]);
    assert!(story.quotes[0].regions.is_empty());
}

#[test]
fn places_named_in_a_list_are_each_a_place() {
    let (story, _, _) = drafted(
        "Ministers meet in Uzbekistan\n\nMay 2, 2032\n\nMinisters met in Samarkand, Tashkent and Bukhara on Monday.\n",
    );
    let places: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(places, ["samarkand", "tashkent", "bukhara"]);
}

#[test]
fn slugs_are_words_joined_by_single_hyphens_and_cut_at_48() {
    use steppe_editorial::draft::slug;
    assert_eq!(slug("  Hello,  World! "), "hello-world");
    assert_eq!(slug("« Ça va » — São Paulo"), "ca-va-sao-paulo");
    let word = "abcdefghijklmnopqrstuvwxyz";
    // 48 characters stay whole; 49 lose their last word.
    let exactly = format!("{}-{}", word, &word[..21]);
    assert_eq!(exactly.len(), 48);
    assert_eq!(slug(&exactly), exactly);
    assert_eq!(slug(&format!("{exactly}x")), word);
    assert_eq!(slug("***"), "item");
}

#[test]
fn a_place_the_text_names_is_a_capital_a_large_city_or_a_town_of_a_country_it_names() {
    let text = "Ports of the north\n\nMay 2, 2032\n\nNorway sent ships from Narvik, Hammerfest and Kirkenes. Visby, Vaduz, Osaka and Ho Chi Minh City sent letters.\n\n“The pier is old and must go,” said Ana Lima, a harbour engineer. Lima also visited Singapore. Jordan Hale, a trawler captain, agreed with her.\n\n“Jordan Hale was right about the pier,” Lima said.\n";
    let (story, _, _) = drafted(text);
    let places: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    // Narvik (14,000 people) is in Norway, which the article names; Hammerfest (7,000)
    // and Kirkenes (3,000) are too small, Visby (23,000) is in Sweden, which it does not
    // name; Vaduz is a capital; Osaka and Ho Chi Minh City are large. Lima is a person
    // and Singapore a country here.
    assert_eq!(places, ["narvik", "vaduz", "osaka", "ho-chi-minh-city"]);
    let codes: Vec<&str> = story.regions.iter().map(|r| r.id.as_str()).collect();
    assert!(
        codes.contains(&"SGP") && !codes.contains(&"JOR"),
        "{codes:?}"
    );
    // A quotation that names a person whose name is a country's concerns no country.
    assert!(story.quotes.iter().all(|q| q.regions.is_empty()));
}
