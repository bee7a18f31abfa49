/**
 * The converter that regenerates the derived curated files from the raw data folder ({@code vigie
 * data convert}).
 */
package fr.vigie.engine.refdata.convert;
