//! ISO 3166-1 alpha-3 country codes as one sorted table. The browser checks a story's
//! codes with it instead of a country crate's 10 KB of matching code; native builds still
//! use `isocountry` for the map's numeric ids, and a test keeps the two in step.

/// Every assigned code, sorted, separated by single spaces.
const CODES: &str =
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES \
    BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE \
    CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK \
    DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB \
    GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND \
    IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN \
    LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT \
    MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR \
    NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU \
    RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN \
    SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA \
    UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE";

/// Whether `code` is an assigned ISO 3166-1 alpha-3 code, in capitals.
///
/// ```
/// use steppe_core::story::countries::is_alpha3;
/// assert!(is_alpha3("KAZ"));
/// assert!(!is_alpha3("kaz") && !is_alpha3("KZ") && !is_alpha3("XYZ"));
/// ```
pub fn is_alpha3(code: &str) -> bool {
    code.len() == 3 && CODES.split(' ').any(|c| c == code)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn the_table_is_the_standard() {
        let mut standard: Vec<&str> = isocountry::CountryCode::iter()
            .map(|c| c.alpha3())
            .collect();
        standard.sort_unstable();
        assert_eq!(super::CODES.split(' ').collect::<Vec<_>>(), standard);
    }
}
