"""The nlp stage: the spaCy pipeline, gazetteers, entities, people and triage."""
