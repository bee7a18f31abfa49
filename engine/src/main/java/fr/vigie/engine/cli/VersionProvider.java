package fr.vigie.engine.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VigieCli.class.getPackage().getImplementationVersion();
    return new String[] {"vigie " + (v == null ? "development" : v)};
  }
}
