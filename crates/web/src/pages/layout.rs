//! The frame every page shares: the head (one small stylesheet, no external request), the
//! navigation, and the footer that says what crosscheck is.

use maud::{DOCTYPE, Markup, html};

/// A whole page around `body`.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · crosscheck" }
                link rel="stylesheet" href="/static/style.css";
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.site {
                    a.brand href="/" { "crosscheck" }
                    span.scope { "Afghanistan–Pakistan border (Durand Line)" }
                    nav aria-label="Main" {
                        a href="/incidents" { "Incidents" }
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
