//! Human units for messages: byte sizes as people say them.

/// `64 MiB`, `1 KiB`, `1536 bytes`: the exact size, in the largest unit that divides it.
pub(crate) fn size_text(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}
