package org.layoutstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The package rules of DESIGN.md: one direction, and no JavaFX below the UI. */
@AnalyzeClasses(packages = "org.layoutstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String B = "org.layoutstudio.";

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage(B + "layout..", B + "render..", B + "pretix..", B + "sandbox..", B + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule layoutUsesNothingOfOurs = noClasses()
            .that().resideInAPackage(B + "layout..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "render..", B + "pretix..", B + "sandbox..",
                    B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule renderAndPretixDoNotKnowEachOther = noClasses()
            .that().resideInAPackage(B + "render..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "pretix..", B + "sandbox..",
                    B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule pretixUsesOnlyLayout = noClasses()
            .that().resideInAPackage(B + "pretix..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "render..", B + "sandbox..",
                    B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule sandboxUsesRowsFourAndFive = noClasses()
            .that().resideInAPackage(B + "sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule uiAreasDoNotKnowTheSandboxOrEachOther = noClasses()
            .that().resideInAnyPackage(B + "editor..", B + "certificates..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "sandbox..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule sharedUiSupportStaysBelowTheAreas = noClasses()
            .that().resideInAPackage(B + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "editor..", B + "certificates..", B + "app..",
                    B + "cli..", B + "sandbox..");

    @ArchTest
    static final ArchRule editorDoesNotKnowCertificates = noClasses()
            .that().resideInAPackage(B + "editor..")
            .should().dependOnClassesThat().resideInAPackage(B + "certificates..");

    @ArchTest
    static final ArchRule certificatesDoNotKnowEditor = noClasses()
            .that().resideInAPackage(B + "certificates..")
            .should().dependOnClassesThat().resideInAPackage(B + "editor..");

    @ArchTest
    static final ArchRule cliStaysBelowTheUi = noClasses()
            .that().resideInAPackage(B + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "editor..", B + "certificates..", B + "app..");

    // ---- Package cycles (issue 10, shell). A package may not depend on itself through others. The cycles
    // that exist today (editor.canvas <-> gestures <-> actions, document <-> inspector, render <-> raster)
    // are listed in KNOWN_CYCLES by their packages only, so that a new dependency inside a known cycle
    // does not count as new: a new cycle fails, and so does a listed cycle that is gone (delete its line).
    static final String KNOWN_CYCLES = "/org/layoutstudio/known-package-cycles.txt";
    private static final Pattern SLICE = Pattern.compile("Slice ([\\w.]+)");

    @ArchTest
    static void noNewPackageCycles(JavaClasses classes) throws IOException {
        EvaluationResult result = slices().matching("org.layoutstudio.(**)").should().beFreeOfCycles().evaluate(classes);
        Set<String> found = new TreeSet<>();
        result.getFailureReport().getDetails().forEach(d -> found.add(cycleOf(d)));
        Set<String> known = new TreeSet<>();
        try (InputStream in = ArchitectureTest.class.getResourceAsStream(KNOWN_CYCLES)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(known::add);
        }
        Set<String> added = new TreeSet<>(found);
        added.removeAll(known);
        Set<String> gone = new TreeSet<>(known);
        gone.removeAll(found);
        if (!added.isEmpty() || !gone.isEmpty()) {
            throw new AssertionError("new package cycles (break them): " + added
                    + "\nbroken cycles, thank you (delete their lines from " + KNOWN_CYCLES + "): " + gone);
        }
    }

    /** "Cycle detected: Slice a -> Slice b -> Slice a, dependencies…" → "a -> b -> a", from its smallest package on. */
    static String cycleOf(String detail) {
        int dependencies = detail.indexOf("1. Dependencies");
        Matcher m = SLICE.matcher(dependencies < 0 ? detail : detail.substring(0, dependencies));
        List<String> slices = new ArrayList<>();
        while (m.find()) {
            slices.add(m.group(1));
        }
        slices.remove(slices.size() - 1); // the first one again
        int start = slices.indexOf(Collections.min(slices));
        List<String> ring = new ArrayList<>(slices.subList(start, slices.size()));
        ring.addAll(slices.subList(0, start));
        ring.add(ring.get(0));
        return String.join(" -> ", ring);
    }
}
