//! Try the `places` CLI output by hand before `crosscheck places` is wired in the app:
//! `cargo run -p places --example places -- search "Spera district of Khost"` or
//! `cargo run -p places --example places -- near 33.34 69.92`.

use model::Coordinates;
use places::{Context, Gazetteer, cli};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let g = Gazetteer::get();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["search", name @ ..] => {
            print!("{}", cli::search_lines(g, &name.join(" "), &Context::new()))
        }
        ["near", lat, lon] => {
            let point = lat
                .parse()
                .ok()
                .zip(lon.parse().ok())
                .and_then(|(lat, lon)| Coordinates::new(lat, lon).ok());
            match point {
                Some(point) => print!("{}", cli::near_lines(g, point)),
                None => {
                    eprintln!("near: LAT and LON must be degrees (-90..90, -180..180)");
                    std::process::exit(2);
                }
            }
        }
        _ => {
            eprintln!("usage: places search NAME | places near LAT LON");
            std::process::exit(2);
        }
    }
}
