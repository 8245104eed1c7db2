mod test_themes_and_names;
