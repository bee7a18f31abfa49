/**
 * The company's own declaration: its answers aggregated from the supplier declarations it received
 * ({@link fr.vigie.engine.declaration.fill.SupplierAnswers}), written into the blank RMI template
 * the company provides ({@link fr.vigie.engine.declaration.fill.TemplateFiller}).
 */
package fr.vigie.engine.declaration.fill;
