"""The bundled dossier: five articles shipped as package data (only the .txt files are read)."""
