//! A Merkle tree over the audit log, as RFC 6962 (Certificate Transparency) defines it: one root
//! hash commits to every entry and to their order, so an export can carry the root of the log it
//! was taken from and anyone holding the log can check it later.
//!
//! The leaves are the entries' chain hashes. A leaf is hashed as `SHA-256(0x00 ‖ leaf)` and an inner
//! node as `SHA-256(0x01 ‖ left ‖ right)`, the prefixes keeping a leaf from passing for a node; the
//! tree of `n` leaves splits at the largest power of two below `n`. The root of the empty log is
//! `SHA-256("")`. Because the tree over the first `n` entries is a fixed shape, the root of an
//! earlier export can be recomputed from the log however much it has grown since.

use sha2::{Digest, Sha256};

/// A SHA-256 value.
pub(crate) type Hash = [u8; 32];

fn leaf_hash(leaf: &[u8]) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0u8]);
    hasher.update(leaf);
    hasher.finalize().into()
}

fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([1u8]);
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

/// The Merkle tree hash (RFC 6962 §2.1) of `leaves`, in order.
pub(crate) fn root<L: AsRef<[u8]>>(leaves: &[L]) -> Hash {
    match leaves {
        [] => Sha256::digest([]).into(),
        [one] => leaf_hash(one.as_ref()),
        _ => {
            // The largest power of two strictly below the number of leaves.
            let split = leaves.len().next_power_of_two() / 2;
            let split = if split == leaves.len() {
                split / 2
            } else {
                split
            };
            node_hash(&root(&leaves[..split]), &root(&leaves[split..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(hash: Hash) -> String {
        hex::encode(hash)
    }

    #[test]
    fn matches_the_rfc_6962_definition_on_small_trees() {
        assert_eq!(
            hex(root::<&[u8]>(&[])),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let leaves: Vec<Vec<u8>> = (0u8..7).map(|i| vec![i]).collect();
        // Five leaves split 4 + 1; seven split 4 + (2 + 1).
        let h = |i: usize| leaf_hash(&leaves[i]);
        let four = node_hash(&node_hash(&h(0), &h(1)), &node_hash(&h(2), &h(3)));
        assert_eq!(root(&leaves[..4]), four);
        assert_eq!(root(&leaves[..5]), node_hash(&four, &h(4)));
        assert_eq!(
            root(&leaves[..7]),
            node_hash(&four, &node_hash(&node_hash(&h(4), &h(5)), &h(6)))
        );
        assert_eq!(root(&leaves[..1]), h(0));
    }

    #[test]
    fn every_leaf_and_its_place_change_the_root() {
        let leaves: Vec<Vec<u8>> = (0u8..9).map(|i| vec![i; 32]).collect();
        let whole = root(&leaves);
        for i in 0..leaves.len() {
            let mut changed = leaves.clone();
            changed[i][0] ^= 1;
            assert_ne!(root(&changed), whole, "leaf {i}");
        }
        let mut swapped = leaves.clone();
        swapped.swap(2, 3);
        assert_ne!(root(&swapped), whole);
    }
}
