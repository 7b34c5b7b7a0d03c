//! Every file of a run, kept past the screen pass for the rounds that follow wrappers across
//! files (`wrappers`): each path's bytes one after another in one buffer, with the file's group
//! and the words its imports name (`ImportWords`), 48 bytes a file besides its path.
//!
//! The walk's list holds a `PathBuf` per file, as many small allocations scattered among the
//! walk's other memory; packing them lets that list go before the analysis starts, as it did
//! before the rounds existed. On the benchmark corpus (26,428 files) the list and the words
//! still add some 3 MiB to the peak (20 to 23 MiB without a wrapper, 29 to 32 with).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::core::import_words::ImportWords;

pub struct FileList {
    /// The paths the run was given, as it shows them, which name the modules of folders
    /// without `__init__.py` (`package::Modules`).
    pub roots: Vec<PathBuf>,
    /// Every path's `OsStr` bytes, one after another.
    bytes: Vec<u8>,
    /// Each file: where its path ends in `bytes`, its group, and its import words.
    files: Vec<(usize, usize, ImportWords)>,
}

impl FileList {
    /// The files of each group, with the import words of each (`imported[group][index]`).
    pub fn new(roots: Vec<PathBuf>, groups: &[&[PathBuf]], imported: &[Vec<ImportWords>]) -> Self {
        let count = groups.iter().map(|files| files.len()).sum();
        let size = groups
            .iter()
            .flat_map(|files| files.iter())
            .map(|path| path.as_os_str().len())
            .sum();
        let mut list = FileList {
            roots,
            bytes: Vec::with_capacity(size),
            files: Vec::with_capacity(count),
        };
        for (group, (files, words)) in groups.iter().zip(imported).enumerate() {
            for (path, words) in files.iter().zip(words) {
                list.bytes
                    .extend_from_slice(path.as_os_str().as_encoded_bytes());
                list.files.push((list.bytes.len(), group, *words));
            }
        }
        list
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// The file at `index`: its path, its group and its import words.
    pub fn get(&self, index: usize) -> (&Path, usize, ImportWords) {
        let start = index
            .checked_sub(1)
            .map_or(0, |before| self.files[before].0);
        let (end, group, words) = self.files[index];
        // SAFETY: `bytes[start..end]` are exactly the bytes `as_encoded_bytes` gave for one
        // `OsStr` (`new` appends them whole and records where each ends), which is what
        // `from_encoded_bytes_unchecked` asks for.
        let path = unsafe { OsStr::from_encoded_bytes_unchecked(&self.bytes[start..end]) };
        (Path::new(path), group, words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_come_back_whole_with_their_group_and_words() {
        let first = [PathBuf::from("a/x.py"), PathBuf::from("é/y.py")];
        let second = [PathBuf::from("b/z.py")];
        let groups = [first.as_slice(), second.as_slice()];
        let words = ImportWords::of(b"import os\n");
        let imported = [vec![ImportWords::ALL, words], vec![ImportWords::ALL]];
        let list = FileList::new(Vec::new(), &groups, &imported);
        assert_eq!(list.len(), 3);
        assert_eq!(list.get(0), (Path::new("a/x.py"), 0, ImportWords::ALL));
        assert_eq!(list.get(1), (Path::new("é/y.py"), 0, words));
        assert_eq!(list.get(2), (Path::new("b/z.py"), 1, ImportWords::ALL));
    }
}
