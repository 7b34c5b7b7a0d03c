//! The hasher of the semantic model's name maps (each scope's bindings, `global` and
//! `nonlocal` names). The standard library's SipHash resists keys chosen to collide, at some
//! 20 instructions a byte; the model hashes every name it binds and resolves (a few per line),
//! which took 2% of the analysis of a large module (callgrind, `hash_one` and SipHash's
//! `write`). `rustc-hash` is the fast hash rustc uses for its own name tables. Iteration order
//! does not depend on the hasher anywhere it matters: with SipHash it differed in every process.

/// A map from names, hashed by rustc's hasher.
pub type NameMap<V> = rustc_hash::FxHashMap<String, V>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_by_their_whole_text() {
        let mut map = NameMap::default();
        for (index, name) in ["pool", "pools", "pool_", "_pool", "p", ""]
            .iter()
            .enumerate()
        {
            map.insert(name.to_string(), index);
        }
        assert_eq!(map.get("pool"), Some(&0));
        assert_eq!(map.get("pools"), Some(&1));
        assert_eq!(map.get(""), Some(&5));
        assert_eq!(map.get("poo"), None);
    }
}
