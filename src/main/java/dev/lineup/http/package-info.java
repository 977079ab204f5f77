/**
 * Plumbing: the one HTTP client factory, built from the user's settings ({@link dev.lineup.model.HttpOptions}).
 * Depends on the model only, so sources, logos and providers can all use it.
 */
package dev.lineup.http;
