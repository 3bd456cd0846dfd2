# SPDX-License-Identifier: GPL-3.0-or-later
# Reference values from R 4.2 (r-base-core) for tests/core/tst_stats_*: called by make_reference.py.
# Usage: Rscript make_reference.R DATA_DIR   (reads r_pairs.csv, r_groups.csv, r_pvalues.csv there)
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
rd <- function(name) scan(file.path(dir, paste0(name, ".txt")), quiet = TRUE, comment.char = "#")

# Hodges-Lehmann estimate and 95% CI as wilcox.test(a, b, conf.int = TRUE) gives them.
pairs <- read.csv(file.path(dir, "r_pairs.csv"), stringsAsFactors = FALSE)
out <- data.frame()
for (i in seq_len(nrow(pairs))) {
    a <- rd(pairs$a[i]); b <- rd(pairs$b[i])
    w <- suppressWarnings(wilcox.test(a, b, conf.int = TRUE))
    exact <- (length(a) < 50 && length(b) < 50 && length(unique(c(a, b))) == length(c(a, b)))
    out <- rbind(out, data.frame(a = pairs$a[i], b = pairs$b[i], hl_lo = w$conf.int[1], hl_hi = w$conf.int[2],
                                 hl_estimate = unname(w$estimate), exact = exact))
}
write.csv(out, file.path(dir, "r_hl.csv"), row.names = FALSE)

# Distribution-free CIs of the median, p10 and p90: order statistics qbinom(0.025, n, p) and qbinom(0.975, n, p) + 1.
groups <- read.csv(file.path(dir, "r_groups.csv"), stringsAsFactors = FALSE)
med <- data.frame()
for (g in groups$name) {
    x <- sort(rd(g)); n <- length(x)
    r <- max(1, min(n, qbinom(0.025, n, 0.5))); s <- max(1, min(n, qbinom(0.975, n, 0.5) + 1))
    q <- function(p) c(x[max(1, min(n, qbinom(0.025, n, p)))], x[max(1, min(n, qbinom(0.975, n, p) + 1))])
    med <- rbind(med, data.frame(name = g, median_lo = x[r], median_hi = x[s], p10_lo = q(0.1)[1],
                                 p10_hi = q(0.1)[2], p90_lo = q(0.9)[1], p90_hi = q(0.9)[2]))
}
write.csv(med, file.path(dir, "r_median_ci.csv"), row.names = FALSE)

# Holm and Benjamini-Hochberg adjustments of the Mann-Whitney p-values (computed by SciPy).
p <- read.csv(file.path(dir, "r_pvalues.csv"))
write.csv(data.frame(p_holm = p.adjust(p$p, "holm"), p_bh = p.adjust(p$p, "BH")),
          file.path(dir, "r_padjust.csv"), row.names = FALSE)
