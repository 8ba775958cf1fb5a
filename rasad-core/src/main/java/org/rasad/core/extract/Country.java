package org.rasad.core.extract;

/**
 * A country as the dictionaries know it.
 *
 * @param iso2   ISO 3166-1 alpha-2 code
 * @param name   English name as ACLED spells it
 * @param region ACLED region
 * @param lat    representative latitude
 * @param lon    representative longitude
 */
public record Country(String iso2, String name, String region, double lat, double lon) {
}
