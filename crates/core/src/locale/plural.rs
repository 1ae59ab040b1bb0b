//! Plural rules for whole numbers, after the Unicode CLDR's: which form of a counted string
//! a number takes ("1 viewpoint", "21 viewpoints"; six forms in Arabic, one in Chinese).

/// A plural category, as CLDR names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// A language's rule for whole numbers, named by a language that follows it (CLDR 46):
/// a catalogue for another language names the rule it shares (German `en`, Italian `es`,
/// Ukrainian `ru`, Japanese `zh`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Plural {
    /// No plural forms (Chinese, Japanese, Korean…).
    Zh,
    /// one: 1.
    #[default]
    En,
    /// one: 1; many: a non-zero multiple of a million.
    Es,
    /// one: 0 and 1; many: a non-zero multiple of a million.
    Fr,
    /// one: 1, 21, 31…; few: 2–4, 22–24…; many: the rest (East Slavic).
    Ru,
    /// zero, one, two; few: 3–10 (mod 100); many: 11–99 (mod 100).
    Ar,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zh,
        Plural::En,
        Plural::Es,
        Plural::Fr,
        Plural::Ru,
        Plural::Ar,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zh => "zh",
            Plural::En => "en",
            Plural::Es => "es",
            Plural::Fr => "fr",
            Plural::Ru => "ru",
            Plural::Ar => "ar",
        }
    }

    /// The categories a language with this rule writes for whole numbers.
    pub fn categories(self) -> &'static [Category] {
        use Category::*;
        match self {
            Plural::Zh => &[Other],
            Plural::En => &[One, Other],
            Plural::Es | Plural::Fr => &[One, Many, Other],
            Plural::Ru => &[One, Few, Many],
            Plural::Ar => &[Zero, One, Two, Few, Many, Other],
        }
    }

    /// The category of the whole number `n`.
    ///
    /// ```
    /// use steppe_core::locale::{Category::*, Plural};
    /// assert_eq!([0, 1, 2, 5, 21].map(|n| Plural::En.category(n)), [Other, One, Other, Other, Other]);
    /// assert_eq!([0, 1, 2, 3, 11, 100, 102, 103].map(|n| Plural::Ar.category(n)), [Zero, One, Two, Few, Many, Other, Other, Few]);
    /// assert_eq!([1, 2, 5, 11, 21, 22, 112].map(|n| Plural::Ru.category(n)), [One, Few, Many, Many, One, Few, Many]);
    /// ```
    pub fn category(self, n: usize) -> Category {
        use Category::*;
        let millions = n != 0 && n % 1_000_000 == 0;
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Plural::Zh => Other,
            Plural::En => {
                if n == 1 {
                    One
                } else {
                    Other
                }
            }
            Plural::Es if n == 1 => One,
            Plural::Fr if n <= 1 => One,
            Plural::Es | Plural::Fr if millions => Many,
            Plural::Es | Plural::Fr => Other,
            Plural::Ru if n10 == 1 && n100 != 11 => One,
            Plural::Ru if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Few,
            Plural::Ru => Many,
            Plural::Ar => match (n, n100) {
                (0, _) => Zero,
                (1, _) => One,
                (2, _) => Two,
                (_, 3..=10) => Few,
                (_, 11..=99) => Many,
                _ => Other,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    #[test]
    fn every_rule_at_its_boundaries() {
        let cases: [(Plural, &[(usize, Category)]); 6] = [
            (Plural::Zh, &[(0, Other), (1, Other), (2, Other)]),
            (
                Plural::En,
                &[(0, Other), (1, One), (2, Other), (11, Other), (101, Other)],
            ),
            (
                Plural::Es,
                &[
                    (0, Other),
                    (1, One),
                    (2, Other),
                    (999_999, Other),
                    (1_000_000, Many),
                    (2_000_000, Many),
                    (1_000_001, Other),
                ],
            ),
            (
                Plural::Fr,
                &[(0, One), (1, One), (2, Other), (1_000_000, Many)],
            ),
            (
                Plural::Ru,
                &[
                    (0, Many),
                    (1, One),
                    (2, Few),
                    (4, Few),
                    (5, Many),
                    (10, Many),
                    (11, Many),
                    (12, Many),
                    (14, Many),
                    (15, Many),
                    (20, Many),
                    (21, One),
                    (22, Few),
                    (24, Few),
                    (25, Many),
                    (111, Many),
                    (112, Many),
                    (121, One),
                    (1001, One),
                ],
            ),
            (
                Plural::Ar,
                &[
                    (0, Zero),
                    (1, One),
                    (2, Two),
                    (3, Few),
                    (10, Few),
                    (11, Many),
                    (99, Many),
                    (100, Other),
                    (101, Other),
                    (102, Other),
                    (103, Few),
                    (110, Few),
                    (111, Many),
                    (199, Many),
                    (200, Other),
                ],
            ),
        ];
        for (rule, cases) in cases {
            for &(n, category) in cases {
                assert_eq!(rule.category(n), category, "{} {n}", rule.as_str());
                assert!(rule.categories().contains(&category) || category == Other);
            }
        }
    }
}
