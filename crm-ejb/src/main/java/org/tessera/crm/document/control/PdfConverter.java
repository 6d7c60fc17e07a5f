package org.tessera.crm.document.control;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Turns .docx into PDF with LibreOffice ({@code soffice}), where it is installed. Each conversion
 * gets a profile of its own: LibreOffice refuses to run twice on one profile.
 */
public final class PdfConverter {

  private final String command;
  private final Duration timeout;

  /**
   * @param command {@code soffice} to find it on the PATH, or its full path
   */
  public PdfConverter(String command, Duration timeout) {
    this.command = command;
    this.timeout = timeout;
  }

  public boolean isAvailable() {
    if (command.contains(File.separator)) {
      return Files.isExecutable(Path.of(command));
    }
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator))
            .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
  }

  /**
   * @throws PdfFailed when LibreOffice is missing, fails or takes longer than the timeout
   */
  public byte[] convert(byte[] docx) {
    if (!isAvailable()) {
      throw new PdfFailed("LibreOffice (" + command + ") is not installed");
    }
    Path work = null;
    try {
      work = Files.createTempDirectory("crm-pdf");
      Path source = Files.write(work.resolve("document.docx"), docx);
      Process soffice =
          new ProcessBuilder(
                  command,
                  "-env:UserInstallation=" + work.resolve("profile").toUri(),
                  "--headless",
                  "--convert-to",
                  "pdf",
                  "--outdir",
                  work.toString(),
                  source.toString())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("soffice.log").toFile())
              .start();
      if (!soffice.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        soffice.destroyForcibly();
        throw new PdfFailed("LibreOffice took longer than " + timeout.toSeconds() + " s");
      }
      Path pdf = work.resolve("document.pdf");
      if (soffice.exitValue() != 0 || !Files.exists(pdf)) {
        throw new PdfFailed(
            "LibreOffice could not convert the document: "
                + Files.readString(work.resolve("soffice.log")).strip());
      }
      return Files.readAllBytes(pdf);
    } catch (IOException e) {
      throw new PdfFailed("LibreOffice could not be run: " + e.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new PdfFailed("The conversion was interrupted");
    } finally {
      deleteQuietly(work);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException leftBehind) {
      // A temporary folder left behind costs disk space, not correctness.
    }
  }
}
