// Replaced by the functions branch's Quantile.swift at merge.
func quantile(_ level: Double, _ values: [Double]) -> Double { .nan }
