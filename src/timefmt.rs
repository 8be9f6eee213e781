//! UTC timestamps as the API writes them (`2024-03-04T09:30:00Z`): formatting and parsing, with the
//! civil-date arithmetic of Howard Hinnant's algorithms, so no date crate is needed for two functions.

/// Year, month, day of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `secs` since the epoch as `YYYY-MM-DDTHH:MM:SSZ`, or with `.mmm` before the `Z` when `millis` is given.
pub(crate) fn iso_utc(secs: i64, millis: Option<u32>) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    let frac = millis.map(|ms| format!(".{ms:03}")).unwrap_or_default();
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{frac}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Seconds since the epoch, now (0 if the clock is before 1970).
pub(crate) fn now_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Now, with milliseconds.
pub(crate) fn now_iso_millis() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    iso_utc(now.as_secs() as i64, Some(now.subsec_millis()))
}

/// Seconds since the epoch of an RFC 3339 UTC timestamp as the API writes them (fractions and offsets
/// other than Z are accepted; the offset is applied).
pub(crate) fn parse_timestamp(s: &str) -> Option<i64> {
    let s = s.trim();
    let num = |a: usize, b: usize| s.get(a..b)?.parse::<i64>().ok();
    let (y, mo, d, h, mi, sec) = (num(0, 4)?, num(5, 7)?, num(8, 10)?, num(11, 13)?, num(14, 16)?, num(17, 19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || s.as_bytes().get(10).is_none_or(|c| *c != b'T' && *c != b' ') {
        return None;
    }
    let rest = s[19..].trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let offset = match rest {
        "" | "Z" | "z" => 0,
        o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            sign * (o[1..3].parse::<i64>().ok()? * 3600 + o[4..6].parse::<i64>().ok()? * 60)
        }
        _ => return None,
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if mo > 2 { mo - 3 } else { mo + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

/// How long ago `then` was, seen at `now` (both seconds since the epoch), worded as gh's `FuzzyAgo`
/// words it: "less than a minute ago", then "about 1 minute ago", "about 5 minutes ago", "about 3 hours
/// ago", "about 3 days ago", "about 5 months ago", "about 2 years ago" (a month is 30 days, a year 365).
/// A time in the future is worded as one ("in about 3 days").
pub(crate) fn relative(then: i64, now: i64) -> String {
    let (ago, future) = if then <= now { (now - then, false) } else { (then - now, true) };
    let words = |n: i64, unit: &str| if n == 1 { format!("about 1 {unit}") } else { format!("about {n} {unit}s") };
    let text = match ago {
        s if s < 60 => return if future { "in less than a minute".into() } else { "less than a minute ago".into() },
        s if s < 3600 => words(s / 60, "minute"),
        s if s < 86_400 => words(s / 3600, "hour"),
        s if s < 30 * 86_400 => words(s / 86_400, "day"),
        s if s < 365 * 86_400 => words(s / (30 * 86_400), "month"),
        s => words(s / (365 * 86_400), "year"),
    };
    if future { format!("in {text}") } else { format!("{text} ago") }
}

#[cfg(test)]
mod tests {
    use super::{iso_utc, parse_timestamp, relative};

    #[test]
    fn relative_times_read_as_gh_words_them() {
        let now = 1_709_544_600;
        assert_eq!(relative(now - 5, now), "less than a minute ago");
        assert_eq!(relative(now - 90, now), "about 1 minute ago");
        assert_eq!(relative(now - 600, now), "about 10 minutes ago");
        assert_eq!(relative(now - 3700, now), "about 1 hour ago");
        assert_eq!(relative(now - 3 * 86_400, now), "about 3 days ago");
        assert_eq!(relative(now - 40 * 86_400, now), "about 1 month ago");
        assert_eq!(relative(now - 800 * 86_400, now), "about 2 years ago");
        assert_eq!(relative(now + 2 * 86_400, now), "in about 2 days");
    }

    #[test]
    fn timestamps_parse() {
        assert_eq!(parse_timestamp("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_timestamp("2024-03-04T09:30:00Z"), Some(1_709_544_600));
        assert_eq!(parse_timestamp("2024-03-04T09:30:00.123Z"), Some(1_709_544_600));
        assert_eq!(parse_timestamp("2024-03-04T10:30:00+01:00"), Some(1_709_544_600));
        assert_eq!(parse_timestamp("2000-02-29T00:00:00Z"), Some(951_782_400));
        assert_eq!(parse_timestamp("yesterday"), None);
        assert_eq!(parse_timestamp("2024-13-04T09:30:00Z"), None);
        for secs in [0, 951_782_400, 1_709_544_600, 4_102_444_800] {
            assert_eq!(parse_timestamp(&iso_utc(secs, None)), Some(secs));
        }
        assert_eq!(iso_utc(1_709_544_600, Some(7)), "2024-03-04T09:30:00.007Z");
    }
}
