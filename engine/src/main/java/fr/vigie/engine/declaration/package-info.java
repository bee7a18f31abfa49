/**
 * Supplier declarations: the Responsible Minerals Initiative's reporting templates (CMRT for tin,
 * tantalum, tungsten and gold; EMRT for cobalt, copper, graphite, lithium, mica and nickel; AMRT for
 * additional minerals) read by cell position per template version, validated against the template's
 * own completeness rules and red flags, and consolidated across suppliers into one smelter list.
 *
 * <p>Entry point: {@link fr.vigie.engine.declaration.validate.Declarations}. Sub-packages: {@code read}
 * (workbook access and per-version layouts), {@code validate} (rules, CAHRA list),
 * {@code consolidate} (smelter de-duplication, known-smelter list, exports), {@code generate}
 * (template-shaped workbooks for tests and benchmarks).
 */
package fr.vigie.engine.declaration;
