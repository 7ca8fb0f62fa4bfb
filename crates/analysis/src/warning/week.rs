//! Days and weeks: the day arithmetic the windows need, and ISO weeks (Monday to Sunday) named by
//! their Monday, which is how the index and the rhetoric line are laid out.

use jiff::Span;
use model::{Date, DatePrecision, EventDate};

/// `date` moved by `days` (negative for earlier), saturating at the calendar's ends.
pub fn add_days(date: Date, days: i64) -> Date {
    date.saturating_add(Span::new().days(days))
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

/// The Monday of the week `date` falls in.
pub fn monday_of(date: Date) -> Date {
    add_days(date, -i64::from(date.weekday().to_monday_zero_offset()))
}

/// Whole weeks from the week of `from` to the week of `to`.
pub fn weeks_between(from: Date, to: Date) -> i64 {
    days_between(monday_of(from), monday_of(to)).div_euclid(7)
}

/// Every Monday from the week of `first` to the week of `last`, in order.
pub fn mondays(first: Date, last: Date) -> Vec<Date> {
    let start = monday_of(first);
    let count = weeks_between(first, last);
    (0..=count.max(-1))
        .map(|n| add_days(start, n * 7))
        .collect()
}

/// The days an event may have fallen on, first and last, from its date and precision: the day
/// (or the days of a multi-day event) when the day is known; three days either side of the
/// representative day for a week (ACLED uses the week's midpoint); the whole month, or year.
pub fn possible_days(date: &EventDate) -> (Date, Date) {
    let day = date.date();
    match date.precision() {
        DatePrecision::Day => (day, date.last_day()),
        DatePrecision::Week => (add_days(day, -3), add_days(date.last_day(), 3)),
        DatePrecision::Month => (day.first_of_month(), date.last_day().last_of_month()),
        DatePrecision::Year => (day.first_of_year(), date.last_day().last_of_year()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weeks_start_on_monday() {
        // 17 October 2025 was a Friday; 13 October a Monday.
        assert_eq!(monday_of(date(2025, 10, 17)), date(2025, 10, 13));
        assert_eq!(monday_of(date(2025, 10, 13)), date(2025, 10, 13));
        assert_eq!(monday_of(date(2025, 10, 19)), date(2025, 10, 13));
        assert_eq!(monday_of(date(2025, 10, 20)), date(2025, 10, 20));
        assert_eq!(weeks_between(date(2025, 10, 12), date(2025, 10, 13)), 1);
        assert_eq!(
            mondays(date(2025, 10, 9), date(2025, 10, 20)),
            [date(2025, 10, 6), date(2025, 10, 13), date(2025, 10, 20)]
        );
        assert!(mondays(date(2025, 10, 20), date(2025, 10, 9)).is_empty());
    }

    #[test]
    fn coarse_dates_widen_the_possible_days() {
        let week = EventDate::on(date(2025, 10, 7), DatePrecision::Week);
        assert_eq!(
            possible_days(&week),
            (date(2025, 10, 4), date(2025, 10, 10))
        );
        let month = EventDate::on(date(2025, 2, 15), DatePrecision::Month);
        assert_eq!(possible_days(&month), (date(2025, 2, 1), date(2025, 2, 28)));
        let span =
            EventDate::span(date(2025, 10, 11), date(2025, 10, 12), DatePrecision::Day).unwrap();
        assert_eq!(
            possible_days(&span),
            (date(2025, 10, 11), date(2025, 10, 12))
        );
        assert_eq!(days_between(date(2025, 10, 17), date(2025, 10, 15)), -2);
    }
}
