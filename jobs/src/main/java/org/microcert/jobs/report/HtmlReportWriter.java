package org.microcert.jobs.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.microcert.taxonomy.io.IoReasons;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the report pages with Thymeleaf (escaping by default; chart data through JavaScript
 * inlining) and Chart.js inlined from its webjar, so each page opens with no network.
 */
final class HtmlReportWriter {

  /** Chart.js version of the webjar on the classpath (root pom {@code chartjs.version}). */
  static final String CHART_JS_VERSION = "4.5.1";

  private static final String CHART_JS =
      "META-INF/resources/webjars/chart.js/" + CHART_JS_VERSION + "/dist/chart.umd.min.js";

  private final TemplateEngine engine;
  private final String chartJs;

  HtmlReportWriter() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    chartJs = loadChartJs();
  }

  String submission(SubmissionView view) {
    Context ctx = new Context();
    ctx.setVariable("s", view);
    ctx.setVariable("chartData", view.charts());
    ctx.setVariable("chartJs", chartJs);
    return engine.process("submission", ctx);
  }

  String index(List<SubmissionView> views, String reportDate, Map<String, Object> chartData) {
    Context ctx = new Context();
    ctx.setVariable("views", views);
    ctx.setVariable("reportDate", reportDate);
    ctx.setVariable("chartData", chartData);
    ctx.setVariable("chartJs", chartJs);
    return engine.process("index", ctx);
  }

  private static String loadChartJs() {
    try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(CHART_JS)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find Chart.js on the classpath: " + CHART_JS);
      }
      // A script element ends at the first "</script", whatever the JavaScript around it.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Chart.js: " + IoReasons.of(e), e);
    }
  }
}
