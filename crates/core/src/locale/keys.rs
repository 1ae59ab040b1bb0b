//! Every string the widget, its fallback and its share cards write, by key: the names a
//! story's `strings` overrides and a catalogue's file use (listed in the README).

macro_rules! keys {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, counted: $counted:expr, browser: $browser:expr;)*) => {
        /// One string the widget writes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$doc])* $variant,)*
        }

        impl Key {
            /// Every key, in the order of a locale's table.
            pub const ALL: &'static [Key] = &[$(Key::$variant,)*];

            /// The key's name in a catalogue and in a story's `strings`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$variant => $name,)*
                }
            }

            /// The placeholder a counted key's plural form is chosen by (`{n}`,
            /// `{total}`); `None` for a key with one text.
            pub fn counted(self) -> Option<&'static str> {
                match self {
                    $(Key::$variant => $counted,)*
                }
            }

            /// Whether the browser reads it (and the bundle carries it); the others are
            /// written at build time (the map's dates, the share cards).
            pub fn browser(self) -> bool {
                match self {
                    $(Key::$variant => $browser,)*
                }
            }
        }
    };
}

keys! {
    /// The credit line's note on the map's borders, when the story's credit does not name them.
    CreditBorders = "credit.borders", counted: None, browser: true;
    /// Before the link to the article the story comes from.
    CreditSource = "credit.source", counted: None, browser: true;
    /// The map's accessible name.
    MapLabel = "map.label", counted: None, browser: true;
    /// The map's description: the route (`{stops}`, joined by `map.route_join`).
    MapRoute = "map.route", counted: None, browser: true;
    MapRouteJoin = "map.route_join", counted: None, browser: true;
    /// The map's description: how to use it, for `{n}` countries.
    MapHelp = "map.help", counted: Some("n"), browser: true;
    /// The key's accessible name.
    KeyLabel = "key.label", counted: None, browser: true;
    /// The key's entry for countries outside the story.
    KeyOutside = "key.outside", counted: None, browser: true;
    /// The selected country's panel: the button that clears the selection.
    PanelClear = "panel.clear", counted: None, browser: true;
    /// The carousel's accessible name.
    CarouselLabel = "carousel.label", counted: None, browser: true;
    /// The previous-quote button: its visible text, and its whole accessible name (which
    /// contains the visible text).
    CarouselPrevious = "carousel.previous", counted: None, browser: true;
    CarouselPreviousName = "carousel.previous_name", counted: None, browser: true;
    CarouselNext = "carousel.next", counted: None, browser: true;
    CarouselNextName = "carousel.next_name", counted: None, browser: true;
    /// The position beside the buttons: `{n}` of `{total}`.
    CarouselPosition = "carousel.position", counted: None, browser: true;
    CarouselStart = "carousel.start", counted: None, browser: true;
    CarouselStop = "carousel.stop", counted: None, browser: true;
    /// A slide's accessible name: `{n}` of `{total}`.
    SlideLabel = "slide.label", counted: None, browser: true;
    /// The list of a quote's topics, its accessible name.
    SlideTopics = "slide.topics", counted: None, browser: true;
    /// The link to the quote's paragraph in the host page (`{n}`), and the words without one.
    SlideRead = "slide.read", counted: None, browser: true;
    SlideParagraph = "slide.paragraph", counted: None, browser: true;
    /// Where the quoted source is based: `{place}` (a country or a city alone), or
    /// `{city}` and `{country}`.
    SlideBased = "slide.based", counted: None, browser: true;
    SlideBasedCity = "slide.based_city", counted: None, browser: true;
    /// The share control: visible text and accessible name.
    ShareButton = "share.button", counted: None, browser: true;
    ShareName = "share.name", counted: None, browser: true;
    /// What the share control's live region says after sharing, copying, or neither (`{url}`).
    ShareShared = "share.shared", counted: None, browser: true;
    ShareCopied = "share.copied", counted: None, browser: true;
    ShareShown = "share.shown", counted: None, browser: true;
    /// The text a share sheet carries: `{quote}` and `{speaker}`, or the quote alone.
    ShareText = "share.text", counted: None, browser: true;
    ShareTextAlone = "share.text_alone", counted: None, browser: true;
    /// The filters' accessible name and disclosure button, and the button with `{n}` on.
    FiltersLabel = "filters.label", counted: None, browser: true;
    FiltersOn = "filters.on", counted: Some("n"), browser: true;
    /// The status line: `{shown}` of `{total}`.
    FiltersStatus = "filters.status", counted: Some("total"), browser: true;
    /// The three groups' legends.
    FiltersCountry = "filters.country", counted: None, browser: true;
    FiltersBasedIn = "filters.based_in", counted: None, browser: true;
    FiltersTopic = "filters.topic", counted: None, browser: true;
    /// After a filter's visible count `{n}`, for a screen reader: its unit.
    FiltersUnit = "filters.unit", counted: Some("n"), browser: true;
    FiltersClear = "filters.clear", counted: None, browser: true;
    /// When no quote passes: `{filters}`, each `filters.chosen` (`{group}`: `{options}`,
    /// joined by `list.or`), joined by `list.and`.
    FiltersNone = "filters.none", counted: None, browser: true;
    FiltersChosen = "filters.chosen", counted: None, browser: true;
    ListOr = "list.or", counted: None, browser: true;
    ListAnd = "list.and", counted: None, browser: true;
    /// The error box: its title, `{n}` problems in `{source}`, `(found {found})`,
    /// `Hint: {hint}`, and `{n}` more than it lists.
    ProblemsTitle = "problems.title", counted: None, browser: true;
    ProblemsCount = "problems.count", counted: Some("n"), browser: true;
    ProblemsFound = "problems.found", counted: None, browser: true;
    ProblemsHint = "problems.hint", counted: None, browser: true;
    ProblemsMore = "problems.more", counted: Some("n"), browser: true;
    /// The built-in story's name in the error box.
    ProblemsBuiltIn = "problems.built_in", counted: None, browser: true;
    /// The months' short names, twelve words separated by spaces.
    DateMonths = "date.months", counted: None, browser: false;
    /// A stop's date: `{d}` `{month}`; days in one month (`{d}` to `{d2}`); across two
    /// (`{month2}`).
    DateDay = "date.day", counted: None, browser: false;
    DateDays = "date.days", counted: None, browser: false;
    DateAcross = "date.across", counted: None, browser: false;
    /// A stop's label on the map: `{place}` and its `{date}`.
    MapStop = "map.stop", counted: None, browser: false;
    /// A share card: the countries a quote concerns (`{regions}`, joined by `list.comma`).
    CardConcerns = "card.concerns", counted: None, browser: false;
    /// A share card's description (`og:image:alt`): `{title}`, the map's `{regions}` and
    /// its key's `{roles}` (each joined by `list.comma`), or without a key.
    CardAlt = "card.alt", counted: None, browser: false;
    CardAltMap = "card.alt_map", counted: None, browser: false;
    ListComma = "list.comma", counted: None, browser: true;
    /// Before the last item of a list in running text ("a, b and c").
    ListLast = "list.last", counted: None, browser: false;
}

impl Key {
    /// The key named `name`.
    pub fn named(name: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|k| k.name() == name)
    }
}
