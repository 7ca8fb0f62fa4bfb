//! scratch
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let published = std::env::args().nth(2).and_then(|p| p.parse().ok());
    let mut tokens = extract::text::Tokens::default();
    for s in extract::text::sentences(&text) {
        tokens.fill(&text, s.span.clone());
        let f = extract::sentence::analyse(extract::lexicon::Lexicon::get(extract::Language::English), &tokens);
        println!("S {:?}\n  figs {:?}\n  speaker {:?}\n  dates {:?}", &text[s.span.clone()], f.figures.iter().map(|f| (f.measure, f.total, f.groups.clone(), f.side)).collect::<Vec<_>>(), f.speaker, f.dates);
    }
    let mut a = extract::Article::new(&text);
    a.published = published;
    let (inc, _) = extract::extract(&a);
    for i in inc { println!("{}", serde_json::to_string(&i).unwrap_or_default()); }
}
