"""Arabic text analysis: the shared normaliser and the Whoosh tokenizer/filter stages."""
