//! Every kind of problem `steppe check` reports, each on a copy of the default story with
//! one thing broken.

use super::*;
use crate::DEFAULT_STORY;

fn default_tree() -> Json {
    serde_json::from_str(DEFAULT_STORY).unwrap()
}

/// The default story's JSON after `edit` changed it.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(DEFAULT_STORY).unwrap();
    edit(&mut value);
    value.to_string()
}

/// The problems of the default story after `edit` changed its JSON.
fn problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<Problem> {
    Story::from_json_text(&edited(edit)).expect_err("the edit should make the story invalid")
}

/// The one problem, asserting there is exactly one.
fn one(problems: Vec<Problem>) -> Problem {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn default_story_is_valid() {
    let story = Story::from_json(&default_tree()).unwrap();
    assert_eq!(story.quotes.len(), 21);
    assert_eq!(story.speakers.len(), 6);
    let stops: Vec<_> = story.route.iter().map(|s| s.place.as_str()).collect();
    assert_eq!(stops, ["beijing", "nur-sultan", "samarkand"]);
}

#[test]
fn round_trips_through_json() {
    let story = Story::from_json_text(DEFAULT_STORY).unwrap();
    let again = Story::from_json_text(&serde_json::to_string(&story).unwrap()).unwrap();
    assert_eq!(story, again);
}

#[test]
fn malformed_json_gives_line_and_column() {
    let p = one(Story::from_json_text("{\n  \"title\": \"x\",\n  }").unwrap_err());
    assert_eq!(p.path, "$ (line 3, column 3)");
    assert!(p.message.starts_with("malformed JSON"), "{p}");
}

#[test]
fn missing_field() {
    let p = one(problems_after(|v| {
        v["speakers"][2].as_object_mut().unwrap().remove("name");
    }));
    assert_eq!(p.path, "$.speakers[2].name");
    assert_eq!(p.message, "missing field");
    assert_eq!(p.hint.as_deref(), Some("add \"name\": a string"));
}

#[test]
fn a_source_that_is_not_a_person_needs_no_title_or_place() {
    let story = Story::from_json_text(&edited(|v| {
        v["speakers"][2] = serde_json::json!({
            "id": "artyom-lukin", "kind": "document",
            "name": "Joint statement of the two blocs"
        });
    }))
    .unwrap();
    assert_eq!(story.speakers[2].kind(), SpeakerKind::Document);
    assert_eq!(story.speakers[2].role(), None);
    let p = one(problems_after(|v| {
        v["speakers"][2]["kind"] = "statement".into()
    }));
    assert_eq!(p.path, "$.speakers[2].kind");
    assert_eq!(
        p.hint.as_deref(),
        Some("use one of \"person\", \"organisation\", \"document\"")
    );
}

#[test]
fn every_draft_mark_is_a_problem_at_its_path_and_hides_the_others_there() {
    let problems = Story::from_json_text(&edited(|v| {
        v["dek"] = format!("{DRAFT_MARK}the editor writes one or two sentences here").into();
        v["quotes"][3]["speaker"] =
            format!("{DRAFT_MARK}paragraph 17: who said it? write a speaker's id").into();
        // A problem where nothing is drafted stays.
        v["source"]["url"] = "ftp://example.org/".into();
    }))
    .unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.dek", "$.quotes[3].speaker", "$.source.url"]);
    assert_eq!(
        problems[1].message,
        "written by steppe draft: paragraph 17: who said it? write a speaker's id"
    );
}

#[test]
fn wrongly_typed_field() {
    let p = one(problems_after(|v| v["places"][0]["lat"] = "39.9".into()));
    assert_eq!(p.path, "$.places[0].lat");
    assert_eq!(p.message, "expected a number");
    assert_eq!(p.found.as_deref(), Some("a string \"39.9\""));
}

#[test]
fn misspelt_field_reports_unknown_and_missing() {
    let problems = problems_after(|v| {
        let q = v["quotes"][0].as_object_mut().unwrap();
        let text = q.remove("text").unwrap();
        q.insert("txt".into(), text);
    });
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.quotes[0].txt", "$.quotes[0].text"]);
    assert_eq!(problems[0].message, "unknown field");
    assert_eq!(problems[0].hint.as_deref(), Some("did you mean \"text\"?"));
}

#[test]
fn every_structural_problem_is_reported_at_once() {
    let problems = problems_after(|v| {
        v["title"] = 3.into();
        v["roles"][0]["colour"] = "red".into();
        v["quotes"][4]["paragraph"] = (-2).into();
    });
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["$.title", "$.roles[0].colour", "$.quotes[4].paragraph"]
    );
    assert!(problems[1].hint.as_deref().unwrap().contains("\"rust\""));
}

#[test]
fn a_region_with_an_undeclared_role() {
    let p = one(problems_after(|v| {
        v["regions"][1]["role"] = "trip-stops".into()
    }));
    assert_eq!(p.path, "$.regions[1].role");
    assert_eq!(p.message, "refers to nothing in the story's role ids");
    assert_eq!(p.found.as_deref(), Some("\"trip-stops\""));
    assert_eq!(p.hint.as_deref(), Some("did you mean \"trip-stop\"?"));
    let p = one(problems_after(|v| {
        v["regions"][1]["role"] = "observer".into()
    }));
    assert_eq!(
        p.hint.as_deref(),
        Some(
            "use one of the role ids: \"trip-stop\", \"sco-member\", \"sco-joining\", \"context\""
        )
    );
}

#[test]
fn a_role_no_region_has() {
    let p = one(problems_after(|v| {
        v["roles"].as_array_mut().unwrap().push(serde_json::json!(
            { "id": "observer", "label": "SCO observer", "colour": "sky" }
        ));
    }));
    assert_eq!(p.path, "$.roles[4].id");
    assert_eq!(p.message, "no region has this role");
    assert!(p.hint.as_deref().unwrap().contains("remove it"), "{p}");
}

#[test]
fn a_story_without_roles_is_told_how_to_declare_them() {
    let p = one(problems_after(|v| {
        v.as_object_mut().unwrap().remove("roles");
    }));
    assert_eq!(p.path, "$.roles");
    assert_eq!(p.message, "missing field");
    let hint = p.hint.unwrap();
    assert!(hint.contains("declares its map key"), "{hint}");
    assert!(hint.contains("\"colour\": \"rust\""), "{hint}");
}

#[test]
fn the_key_lists_only_roles_on_the_map() {
    let mut story = Story::from_json_text(DEFAULT_STORY).unwrap();
    let key = |s: &Story| s.roles_on_map().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        key(&story),
        ["trip-stop", "sco-member", "sco-joining", "context"]
    );
    // Iran, the one country expected to join, taken off the map: its role leaves the key.
    story
        .regions
        .iter_mut()
        .find(|r| r.id == "IRN")
        .unwrap()
        .on_map = Some(false);
    assert_eq!(key(&story), ["trip-stop", "sco-member", "context"]);
}

#[test]
fn duplicate_id() {
    let p = one(problems_after(|v| {
        v["quotes"][3]["id"] = "sun-confidence".into()
    }));
    assert_eq!(p.path, "$.quotes[3].id");
    assert_eq!(p.message, "duplicate id");
    assert_eq!(
        p.hint.as_deref(),
        Some("$.quotes[0] has the same id; ids must be unique")
    );
}

#[test]
fn unknown_speaker_reference() {
    let p = one(problems_after(|v| {
        v["quotes"][1]["speaker"] = "yun-son".into()
    }));
    assert_eq!(p.path, "$.quotes[1].speaker");
    assert_eq!(p.found.as_deref(), Some("\"yun-son\""));
    assert_eq!(p.hint.as_deref(), Some("did you mean \"yun-sun\"?"));
}

#[test]
fn unknown_region_and_topic_references() {
    let problems = problems_after(|v| {
        v["quotes"][0]["regions"][1] = "KAZZ".into();
        v["quotes"][0]["topics"][0] = "weather".into();
    });
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.quotes[0].regions[1]", "$.quotes[0].topics[0]"]);
    assert_eq!(problems[0].hint.as_deref(), Some("did you mean \"KAZ\"?"));
    assert!(problems[1]
        .hint
        .as_deref()
        .unwrap()
        .starts_with("use one of the topic ids: \"china-russia\""));
}

#[test]
fn region_code_not_iso_alpha3() {
    let problems = problems_after(|v| {
        v["regions"][0]["id"] = "XXX".into();
        v["regions"][1]["id"] = "kaz".into();
    });
    // Codes that do not exist, then everything that referred to the old codes.
    assert_eq!(problems[0].path, "$.regions[0].id");
    assert_eq!(
        problems[0].message,
        "not an ISO 3166-1 alpha-3 country code"
    );
    assert_eq!(problems[1].path, "$.regions[1].id");
    assert_eq!(
        problems[1].hint.as_deref(),
        Some("write it in capitals: \"KAZ\"")
    );
    assert!(problems.iter().any(|p| p.path == "$.places[0].region"));
}

#[test]
fn empty_quote_text() {
    let p = one(problems_after(|v| v["quotes"][5]["text"] = "  ".into()));
    assert_eq!(p.path, "$.quotes[5].text");
    assert_eq!(p.message, "must not be empty");
}

#[test]
fn coordinates_out_of_range() {
    let problems = problems_after(|v| {
        v["places"][2]["lon"] = 190.5.into();
        v["places"][2]["lat"] = (-91).into();
    });
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.places[2].lon", "$.places[2].lat"]);
    assert_eq!(problems[0].message, "longitude out of range");
    assert_eq!(problems[0].found.as_deref(), Some("190.5"));
}

#[test]
fn route_stop_on_unknown_place() {
    let problems = problems_after(|v| v["route"][1]["place"] = "astana".into());
    assert_eq!(problems[0].path, "$.route[1].place");
    assert_eq!(
        problems[0].message,
        "refers to nothing in the story's place ids"
    );
    // Its source named the stop by its old place, so that is reported too.
    assert!(problems
        .iter()
        .any(|p| p.path == "$.route[1]" && p.message == "its dates have no source"));
}

#[test]
fn dates_that_are_not_iso() {
    let problems = problems_after(|v| {
        v["published"] = "13 September 2022".into();
        v["route"][2]["end_date"] = "2022-02-30".into();
    });
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.published", "$.route[2].end_date"]);
    assert!(problems.iter().all(|p| p.message == "not an ISO date"));
}

#[test]
fn route_out_of_order_and_ending_before_it_starts() {
    let problems = problems_after(|v| {
        v["route"][1]["date"] = "2022-09-13".into();
        v["route"][2]["end_date"] = "2022-09-14".into();
    });
    let messages: Vec<_> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            ("$.route[1].date", "the route is not in date order"),
            ("$.route[2].end_date", "the stop ends before it starts"),
        ]
    );
}

#[test]
fn fact_without_source() {
    let p = one(problems_after(|v| {
        v["sources"][2]["supports"] = serde_json::json!(["place:samarkand"]);
    }));
    assert_eq!(p.path, "$.places[0]");
    assert_eq!(p.message, "its coordinates have no source");
    assert_eq!(
        p.hint.as_deref(),
        Some("add an entry to $.sources whose \"supports\" lists \"place:beijing\"")
    );
}

#[test]
fn unsafe_urls_are_rejected() {
    for bad in [
        "javascript:alert(1)",
        " https://x.org",
        "//x.org/a",
        "data:text/html,x",
        "https://",
    ] {
        let p = one(problems_after(|v| v["source"]["url"] = bad.into()));
        assert_eq!(p.path, "$.source.url", "{bad}");
        assert_eq!(p.message, "not a web address", "{bad}");
    }
}

#[test]
fn based_in_must_be_a_story_region() {
    let p = one(problems_after(|v| {
        v["speakers"][0]["based_in"] = "GBR".into()
    }));
    assert_eq!(p.path, "$.speakers[0].based_in");
    assert_eq!(p.message, "this country is not among the story's regions");
}

#[test]
fn a_frame_names_regions_on_the_map() {
    let p = one(problems_after(|v| {
        v["frame"] = serde_json::json!(["KAZ", "KAX"])
    }));
    assert_eq!(p.path, "$.frame[1]");
    assert_eq!(p.message, "refers to nothing in the story's region ids");
    assert!(p.hint.unwrap().contains("\"KAZ\""), "the nearest id");
    let p = one(problems_after(|v| v["frame"] = serde_json::json!(["USA"])));
    assert_eq!(p.path, "$.frame[0]");
    assert_eq!(p.message, "this region is not on the map");
    let story =
        Story::from_json_text(&edited(|v| v["frame"] = serde_json::json!(["UZB"]))).unwrap();
    assert_eq!(story.framed(), ["UZB"]);
}

#[test]
fn by_default_the_map_frames_the_route_and_the_first_role() {
    let story = Story::from_json_text(DEFAULT_STORY).unwrap();
    // Beijing's China holds a stop; Kazakhstan and Uzbekistan are the first role's.
    assert_eq!(story.framed(), ["CHN", "KAZ", "UZB"]);
}

#[test]
fn a_speakers_role_is_title_and_affiliation_as_far_as_the_story_gives_them() {
    let mut story = Story::from_json_text(DEFAULT_STORY).unwrap();
    let speaker = &mut story.speakers[0];
    assert_eq!(
        speaker.role().as_deref(),
        Some("Senior fellow, Stimson Centre")
    );
    speaker.title = None;
    assert_eq!(speaker.role().as_deref(), Some("Stimson Centre"));
    speaker.affiliation = None;
    assert_eq!(speaker.role(), None);
}

#[test]
fn a_region_is_on_the_map_and_in_its_roles_colour_unless_the_story_says_otherwise() {
    let story = Story::from_json_text(DEFAULT_STORY).unwrap();
    assert!(story.on_map("KAZ"));
    assert!(!story.on_map("USA"), "\"on_map\": false");
    assert!(!story.on_map("XYZ"), "not in the story");
    assert_eq!(story.colour("KAZ"), Colour::Rust);
    assert_eq!(story.colour("IND"), Colour::Sand);
    assert_eq!(story.colour("XYZ"), Colour::Grey);
}

#[test]
fn a_value_of_the_wrong_kind_says_what_was_expected_and_what_was_found() {
    let p = one(problems_after(|v| v["title"] = serde_json::json!({"a": 1})));
    assert_eq!(
        (p.path.as_str(), p.message.as_str(), p.found.as_deref()),
        ("$.title", "expected a string", Some("an object"))
    );
    let p = one(problems_after(|v| v["source"] = "SCMP".into()));
    assert_eq!(
        (p.path.as_str(), p.message.as_str()),
        ("$.source", "expected an object")
    );
    let p = one(problems_after(|v| v["regions"][0]["on_map"] = "yes".into()));
    assert_eq!(
        (p.path.as_str(), p.message.as_str()),
        ("$.regions[0].on_map", "expected true or false")
    );
}

#[test]
fn a_number_that_is_not_finite_is_refused_even_in_a_tree_built_by_hand() {
    let mut tree = default_tree();
    let Json::Object(members) = &mut tree else {
        panic!("a story is an object")
    };
    let (_, places) = members.iter_mut().find(|(k, _)| k == "places").unwrap();
    let Json::Array(places) = places else {
        panic!("places is an array")
    };
    let Json::Object(place) = &mut places[0] else {
        panic!("a place is an object")
    };
    place.iter_mut().find(|(k, _)| k == "lat").unwrap().1 = Json::Number(f64::INFINITY);
    let problems = Story::from_json(&tree).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.path == "$.places[0].lat" && p.message == "expected a number"),
        "{problems:#?}"
    );
}

#[test]
fn each_kind_of_place_and_of_source_decodes_and_another_is_refused() {
    let story = Story::from_json_text(DEFAULT_STORY).unwrap();
    let kind = |id: &str| story.place(id).unwrap().kind;
    assert_eq!(
        [kind("beijing"), kind("samarkand"), kind("kharkiv")],
        [PlaceKind::Capital, PlaceKind::City, PlaceKind::Region]
    );
    let p = one(problems_after(|v| {
        v["places"][0]["kind"] = "village".into()
    }));
    assert_eq!(p.path, "$.places[0].kind");
    let mut edited = Story::from_json_text(&edited(|v| {
        v["speakers"][0]["kind"] = "organisation".into();
    }))
    .unwrap();
    assert_eq!(edited.speakers[0].kind(), SpeakerKind::Organisation);
    edited.speakers[0].kind = None;
    assert_eq!(edited.speakers[0].kind(), SpeakerKind::Person);
}

#[test]
fn a_stop_may_end_the_day_it_starts_not_before() {
    let same_day = edited(|v| {
        v["route"][1]["end_date"] = v["route"][1]["date"].clone();
    });
    assert!(Story::from_json_text(&same_day).is_ok());
    let p = one(problems_after(|v| {
        v["route"][1]["end_date"] = "2022-09-13".into()
    }));
    assert_eq!(
        (p.path.as_str(), p.message.as_str()),
        ("$.route[1].end_date", "the stop ends before it starts")
    );
}
