/**
 * Country indicators (EPI, ND-GAIN, WGI, Freedom House, Fragile States Index): definitions with
 * orientation, scale, year, source and licence, and the latest value per country.
 */
package fr.vigie.engine.indicator;
