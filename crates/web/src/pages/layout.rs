//! The frame every page shares: the head (one small stylesheet, no external request), the
//! navigation (with who is signed in, and the forms their role may use), and the footer that says
//! what crosscheck is.

use maud::{DOCTYPE, Markup, html};
use store::Role;

use crate::auth::Caller;

/// What the frame shows of the reader: who is signed in, and the CSRF token of the sign-out form.
#[derive(Clone, Debug, Default)]
pub struct Chrome {
    /// The signed-in user's name and role.
    pub user: Option<(String, Role)>,
    /// The session's CSRF token, for the forms.
    pub csrf: Option<String>,
}

impl Chrome {
    /// The frame for a caller.
    pub fn of(caller: &Caller) -> Self {
        let role = caller.principal.role();
        Chrome {
            user: (role != Role::Public).then(|| (caller.principal.name().to_owned(), role)),
            csrf: caller.csrf().map(str::to_owned),
        }
    }

    /// The signed-in role (public when nobody is).
    pub fn role(&self) -> Role {
        self.user.as_ref().map_or(Role::Public, |(_, role)| *role)
    }

    /// The hidden field every form of the session carries.
    pub fn csrf_field(&self) -> Markup {
        html! { input type="hidden" name="csrf" value=(self.csrf.as_deref().unwrap_or_default()); }
    }
}

/// A whole page around `body`, for a reader who is not signed in.
pub fn page(title: &str, body: Markup) -> Markup {
    page_as(title, &Chrome::default(), body)
}

/// A whole page around `body`, with the navigation of the reader's role.
pub fn page_as(title: &str, chrome: &Chrome, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · crosscheck" }
                // No favicon request: the browser would otherwise ask for /favicon.ico.
                link rel="icon" href="data:,";
                link rel="stylesheet" href="/static/style.css";
                script src="/static/map.js" defer {}
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.site {
                    a.brand href="/" { "crosscheck" }
                    span.scope { "Afghanistan–Pakistan border (Durand Line)" }
                    nav aria-label="Main" {
                        a href="/" { "Overview" }
                        " " a href="/incidents" { "Incidents" }
                        " " a href="/ceasefires" { "Ceasefires and talks" }
                        " " a href="/reactions" { "Reactions" }
                        " " a href="/escalation" { "Early warning" }
                        " " a href="/sources" { "Sources" }
                        @if chrome.role() >= Role::Contributor {
                            " " a href="/incidents/new" { "New incident" }
                            " " a href="/sources/new" { "New source" }
                        }
                        @match &chrome.user {
                            Some((name, role)) => {
                                " " span.user { "Signed in as " (name) " (" (role) ")" }
                                form.inline method="post" action="/logout" {
                                    (chrome.csrf_field())
                                    button type="submit" { "Sign out" }
                                }
                            }
                            None => { " " a href="/login" { "Sign in" } }
                        }
                    }
                }
                main id="main" { (body) }
                footer.site {
                    p {
                        "crosscheck records who claims what about cross-border violence and civilian harm. "
                        "Figures are shown with their sources; parties are named as the sources name them."
                    }
                }
            }
        }
    }
}

/// One page of a list: which page it is (the one asked for, or the last there is), how many
/// there are, the index of its first row, and its rows.
pub struct Paged<'a, T> {
    pub page: usize,
    pub pages: usize,
    pub first: usize,
    pub shown: &'a [T],
}

/// Page `page` (from 1) of `rows`, `size` to a page; a page past the end gives the last.
pub fn paged<T>(rows: &[T], page: usize, size: usize) -> Paged<'_, T> {
    let pages = rows.len().div_ceil(size).max(1);
    let page = page.clamp(1, pages);
    let first = (page - 1) * size;
    Paged {
        page,
        pages,
        first,
        shown: &rows[first.min(rows.len())..(first + size).min(rows.len())],
    }
}

/// The page numbers a pager links: the first and last, and two either side of the current one;
/// `None` stands for the numbers left out between them. A list of many pages (2,000 for a
/// national record) thus costs a handful of links, not one per page.
pub fn pager_numbers(page: usize, pages: usize) -> Vec<Option<usize>> {
    let linked = |n: usize| n == 1 || n == pages || n.abs_diff(page) <= 2;
    let mut numbers = Vec::new();
    for n in 1..=pages {
        // A gap of one page is shown as that page: "…" would take as much room.
        if linked(n) || (n > 1 && n < pages && linked(n - 1) && linked(n + 1)) {
            numbers.push(Some(n));
        } else if numbers.last() != Some(&None) {
            numbers.push(None);
        }
    }
    numbers
}

/// Links to the other pages of a list ("← Previous 1 … 4 5 6 7 8 … 41 Next →"), or nothing when
/// the list fits on one page; `link` gives the URL of page n.
pub fn pager(page: usize, pages: usize, link: impl Fn(usize) -> String) -> Markup {
    html! {
        @if pages > 1 {
            nav.pager aria-label="Pages" {
                @if page > 1 { a href=(link(page - 1)) rel="prev" { "← Previous" } " " }
                @for number in pager_numbers(page, pages) {
                    @match number {
                        Some(n) if n == page => { strong aria-current="page" { (n) } }
                        Some(n) => { a href=(link(n)) { (n) } }
                        None => { span.gap { "…" } }
                    }
                    " "
                }
                @if page < pages { a href=(link(page + 1)) rel="next" { "Next →" } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{paged, pager_numbers};

    #[test]
    fn a_page_is_a_slice_and_a_page_past_the_end_is_the_last() {
        let rows: Vec<u32> = (1..=250).collect();
        let second = paged(&rows, 2, 100);
        assert_eq!((second.page, second.pages, second.first), (2, 3, 100));
        assert_eq!((second.shown[0], second.shown.len()), (101, 100));
        let past = paged(&rows, 9, 100);
        assert_eq!((past.page, past.first, past.shown.len()), (3, 200, 50));
        let none = paged::<u32>(&[], 1, 100);
        assert_eq!((none.page, none.pages, none.shown.len()), (1, 1, 0));
    }

    #[test]
    fn a_pager_links_the_ends_and_the_neighbourhood_of_the_page() {
        let shown = |page, pages| -> String {
            pager_numbers(page, pages)
                .iter()
                .map(|n| n.map_or("…".to_owned(), |n| n.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(1, 5), "1 2 3 4 5");
        assert_eq!(shown(1, 41), "1 2 3 … 41");
        assert_eq!(shown(6, 41), "1 … 4 5 6 7 8 … 41");
        assert_eq!(shown(4, 41), "1 2 3 4 5 6 … 41");
        assert_eq!(shown(5, 41), "1 2 3 4 5 6 7 … 41");
        assert_eq!(shown(1, 6), "1 2 3 … 6");
        assert_eq!(shown(41, 41), "1 … 39 40 41");
        assert_eq!(pager_numbers(1000, 2000).len(), 9);
    }
}
