package dev.lineup.sync;

import java.util.Optional;

/** Where sign-in tokens are kept (the store's secrets table in the app; memory in tests). Never logged. */
public interface TokenStore { Optional<String> get(String key); void put(String key, String value); void delete(String key); }
