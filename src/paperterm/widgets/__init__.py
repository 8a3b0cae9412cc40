"""The reader's widgets. Each posts messages up and takes state down through reactives."""
