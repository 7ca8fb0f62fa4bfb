//! What the command-line tests share: the binary run against one database file, its output on
//! success, a database holding the demo data, and golden files.
#![allow(clippy::unwrap_used, dead_code)] // Tests fail loudly; not every module uses every helper.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The `crosscheck` binary on `db`, deaf to a `CROSSCHECK_DB` in the environment.
pub fn crosscheck(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.arg("--db").arg(db).env_remove("CROSSCHECK_DB");
    cmd
}

/// Runs a command that must succeed; returns its standard output.
pub fn stdout(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A database with the demo data, in a directory that lives as long as the returned guard.
pub fn demo_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    stdout(crosscheck(&db).args(["init", "--demo"]));
    (dir, db)
}

/// Compares `actual` with the golden file, or rewrites the file under `CROSSCHECK_BLESS=1`.
pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("CROSSCHECK_BLESS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run with CROSSCHECK_BLESS=1 to write it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs from the output; run with CROSSCHECK_BLESS=1 if the change is meant.\n--- output ---\n{actual}",
        path.display()
    );
}
