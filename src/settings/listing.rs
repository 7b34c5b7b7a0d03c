//! Which settings files a directory may hold, read from one listing of it.
//!
//! Finding a file's project (`settings_file::find_in`) and its line length
//! (`line_length::in_dir`) looks for up to eight names in each directory from the file up to
//! the root, and nearly every directory of a tree holds none of them: over the benchmark
//! corpus that was 13 failed `stat`s and `open`s of long paths per directory, 51,000 in all,
//! on the one thread that plans the run. One `read_dir` of the directory says which of the
//! names can be there, and only those are looked up.

use std::fs;
use std::path::Path;

/// Every name the two lookups ask for.
const NAMES: [&str; 9] = [
    ".picklefix.toml",
    "picklefix.toml",
    "pyproject.toml",
    ".ruff.toml",
    "ruff.toml",
    "setup.cfg",
    "tox.ini",
    ".flake8",
    ".isort.cfg",
];

/// The names of `NAMES` that may be in one directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listing {
    /// Bit `i` is set when `NAMES[i]` may be there.
    present: u16,
}

impl Listing {
    /// Every name may be there: a directory that cannot be listed is looked up name by name,
    /// as if there were no listing.
    pub const UNKNOWN: Listing = Listing { present: u16::MAX };

    /// The listing of `dir`.
    pub fn of(dir: &Path) -> Listing {
        let Ok(entries) = fs::read_dir(dir) else {
            return Listing::UNKNOWN;
        };
        let mut present = 0u16;
        for entry in entries {
            let Ok(entry) = entry else {
                return Listing::UNKNOWN;
            };
            // Without case: a case-insensitive file system opens `PyProject.toml` as
            // `pyproject.toml`. Elsewhere this only looks a name up in vain.
            let name = entry.file_name();
            let name = name.as_encoded_bytes();
            if let Some(at) = NAMES
                .iter()
                .position(|known| name.eq_ignore_ascii_case(known.as_bytes()))
            {
                present |= 1 << at;
            }
        }
        Listing { present }
    }

    /// Whether a file called `name` may be in the directory: `true` for a name not in `NAMES`.
    pub fn may_hold(self, name: &str) -> bool {
        NAMES
            .iter()
            .position(|known| *known == name)
            .is_none_or(|at| self.present & (1 << at) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_the_settings_files_of_a_directory() {
        let dir = tempfile::tempdir().expect("temporary directory");
        for name in ["PyProject.toml", "setup.cfg", "a.py"] {
            fs::write(dir.path().join(name), "").expect("write");
        }
        fs::create_dir(dir.path().join("ruff.toml")).expect("directory");
        let listing = Listing::of(dir.path());
        let held: Vec<&str> = NAMES.into_iter().filter(|n| listing.may_hold(n)).collect();
        assert_eq!(held, ["pyproject.toml", "ruff.toml", "setup.cfg"]);
        assert!(listing.may_hold("other.toml"));
        assert_eq!(Listing::of(&dir.path().join("missing")), Listing::UNKNOWN);
        assert!(NAMES.iter().all(|n| Listing::UNKNOWN.may_hold(n)));
    }
}
