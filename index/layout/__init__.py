"""Right-to-left layout engine: bidi levels, shaping, wrapping, logical<->visual maps. Pure: no UI imports."""
