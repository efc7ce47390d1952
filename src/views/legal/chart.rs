//! The parameter chart of the topic and compare pages: server-rendered SVG.

use handlebars::html_escape;

use crate::i18n::{numbers, t};
use crate::services::legal::topic_text;
use entity::legal_topic;

const CHART_W: usize = 360;

/// A horizontal bar per country with the standard's threshold as a line (server-rendered SVG).
pub fn parameter_chart(lang: &str, tp: &legal_topic::Model, values: &[(String, Option<f64>)]) -> String {
    let max = values
        .iter()
        .filter_map(|(_, v)| *v)
        .chain(tp.threshold)
        .fold(1.0f64, f64::max)
        * 1.1;
    let (left, bar_h, gap) = (130usize, 18usize, 8usize);
    let width = CHART_W - left - 40;
    let h = values.len() * (bar_h + gap) + 30;
    let title = format!(
        "{}: {}{}",
        topic_text(tp, lang).title,
        tp.parameter
            .as_deref()
            .map(|p| crate::services::legal::parameter_in(lang, p))
            .unwrap_or_default(),
        tp.unit
            .as_ref()
            .map(|u| format!(" ({})", crate::services::legal::unit_in(lang, u)))
            .unwrap_or_default()
    );
    let id = format!("chart-{}", tp.code);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CHART_W}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}\"><title id=\"{id}\">{}</title>",
        html_escape(&title)
    );
    for (i, (name, v)) in values.iter().enumerate() {
        let y = 10 + i * (bar_h + gap);
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text>",
            y + bar_h - 5,
            html_escape(name)
        ));
        match v {
            Some(v) => {
                let w = ((v / max) * width as f64).round() as usize;
                let below = match (tp.threshold, tp.threshold_kind.as_deref()) {
                    (Some(th), Some("min")) => *v < th,
                    (Some(th), Some("max")) => *v > th,
                    _ => false,
                };
                let fill = if below { "#b3261e" } else { "#1b6e3a" };
                svg.push_str(&format!(
                    "<rect x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{bar_h}\" fill=\"{fill}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
                    left + w + 4,
                    y + bar_h - 5,
                    numbers::format(lang, *v)
                ));
            }
            None => svg.push_str(&format!(
                "<text x=\"{left}\" y=\"{}\" font-size=\"12\" fill=\"#555\">{}</text>",
                y + bar_h - 5,
                html_escape(&t(lang, "legal-no-value"))
            )),
        }
    }
    if let Some(th) = tp.threshold {
        let x = left + ((th / max) * width as f64).round() as usize;
        svg.push_str(&format!(
            "<line x1=\"{x}\" y1=\"4\" x2=\"{x}\" y2=\"{}\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><text x=\"{x}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            h - 16,
            h - 4,
            html_escape(&format!("{} {}", t(lang, "legal-standard"), numbers::format(lang, th)))
        ));
    }
    svg.push_str("</svg>");
    svg
}
