"""The app's shell: settings storage, language, opening databases, about box."""
