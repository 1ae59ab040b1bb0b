//! ISO dates: checking them, and writing them the way a news page in the story's language
//! does ("14 Sept", "9月14日", "١٤ سبتمبر").

use crate::locale::{fill, Key, Locale};

/// Year, month and day of a real calendar date written `YYYY-MM-DD`.
pub fn parse_iso_date(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// "14 Sept", or "15–16 Sept" for a stop of several days ("30 Sept–1 Oct" across months),
/// in `locale`'s words and digits. Dates that do not parse are shown as written.
pub fn day_range(start: &str, end: Option<&str>, locale: &Locale) -> String {
    let Some((_, m1, d1)) = parse_iso_date(start) else {
        return start.to_owned();
    };
    let months: Vec<&str> = locale.get(Key::DateMonths).split_whitespace().collect();
    let month = |m: u32| months.get(m as usize - 1).copied().unwrap_or_default();
    let day = |d: u32| locale.number(d as usize);
    let (d1, month1) = (day(d1), month(m1));
    match end.and_then(parse_iso_date) {
        // The date is all the language's own words and digits: nothing to isolate.
        Some((_, m2, d2)) if m2 == m1 && day(d2) != d1 => fill(
            locale.get(Key::DateDays),
            &[("d", &d1), ("d2", &day(d2)), ("month", month1)],
        ),
        Some((_, m2, d2)) if m2 != m1 => fill(
            locale.get(Key::DateAcross),
            &[
                ("d", &d1),
                ("month", month1),
                ("d2", &day(d2)),
                ("month2", month(m2)),
            ],
        ),
        _ => fill(locale.get(Key::DateDay), &[("d", &d1), ("month", month1)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_calendar_dates_written_yyyy_mm_dd() {
        for (date, parsed) in [
            ("2022-09-14", Some((2022, 9, 14))),
            ("2023-02-28", Some((2023, 2, 28))),
            ("2024-02-29", Some((2024, 2, 29))),
            ("2000-02-29", Some((2000, 2, 29))),
            ("2023-04-30", Some((2023, 4, 30))),
            ("2023-12-31", Some((2023, 12, 31))),
            ("2023-02-29", None),
            ("1900-02-29", None),
            ("2023-04-31", None),
            ("2023-13-01", None),
            ("2023-00-10", None),
            ("2023-01-00", None),
            ("2022-09x14", None),
            ("2022x09-14", None),
            ("2022-9-14", None),
            ("20220914xx", None),
            ("2022-09-1a", None),
        ] {
            assert_eq!(parse_iso_date(date), parsed, "{date}");
        }
    }

    #[test]
    fn day_ranges() {
        let en = Locale::english();
        assert_eq!(day_range("2022-09-14", None, en), "14 Sept");
        assert_eq!(day_range("2022-09-14", Some("2022-09-14"), en), "14 Sept");
        assert_eq!(
            day_range("2022-09-15", Some("2022-09-16"), en),
            "15–16 Sept"
        );
        assert_eq!(
            day_range("2022-09-30", Some("2022-10-01"), en),
            "30 Sept–1 Oct"
        );
        assert_eq!(day_range("soon", None, en), "soon");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn day_ranges_in_other_languages() {
        use crate::locale::catalogue::resolve;
        let date = |lang: &str, end| day_range("2022-09-15", end, &resolve(Some(lang), &[]).locale);
        assert_eq!(date("zh-Hant", None), "9月15日");
        assert_eq!(date("zh-Hans", Some("2022-09-16")), "9月15–16日");
        assert_eq!(date("ar", None), "١٥ سبتمبر");
        assert_eq!(date("ru", Some("2022-10-01")), "15 сент. – 1 окт.");
        assert_eq!(date("fr", None), "15 sept.");
        assert_eq!(date("es", Some("2022-09-16")), "15–16 sept");
    }
}
