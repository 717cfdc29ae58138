/// The JSON Schema (draft 2020-12) for policy documents; `governor schema` prints it and
/// docs/policy.schema.json holds the same text (a test checks they match).
public enum PolicySchema {
    public static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://governor.invalid/policy.schema.json",
          "title": "Governor policy document",
          "description": "One YAML document of a Governor policy file: a Prometheus rule file, a Sloth spec, or a Governor document chosen by kind.",
          "oneOf": [
            {
              "$ref": "#/$defs/prometheusRuleFile"
            },
            {
              "$ref": "#/$defs/slothSpec"
            },
            {
              "$ref": "#/$defs/slos"
            },
            {
              "$ref": "#/$defs/governance"
            },
            {
              "$ref": "#/$defs/rules"
            },
            {
              "$ref": "#/$defs/forecasts"
            },
            {
              "$ref": "#/$defs/sources"
            }
          ],
          "$defs": {
            "duration": {
              "type": "string",
              "pattern": "^(0|([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)$",
              "description": "A Prometheus duration: 30s, 5m, 1h30m, 7d."
            },
            "percentage": {
              "oneOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100
                },
                {
                  "type": "string",
                  "pattern": "^\\s*[0-9.]+\\s*%?\\s*$"
                }
              ]
            },
            "forecastRiskLevel": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "burn_rate": {
                  "type": "number",
                  "exclusiveMinimum": 0
                },
                "within": {
                  "$ref": "#/$defs/duration"
                }
              }
            },
            "cronSchedule": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "cron": {
                  "type": "string",
                  "description": "Five fields, UTC: minute hour day-of-month month day-of-week."
                }
              },
              "required": [
                "cron"
              ]
            },
            "prometheusRule": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "record": {
                  "type": "string",
                  "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$",
                  "description": "The series this recording rule writes."
                },
                "alert": {
                  "type": "string",
                  "description": "The alert's name."
                },
                "expr": {
                  "type": "string",
                  "minLength": 1,
                  "description": "A PromQL expression (Prometheus 2.42)."
                },
                "for": {
                  "$ref": "#/$defs/duration"
                },
                "keep_firing_for": {
                  "$ref": "#/$defs/duration"
                },
                "labels": {
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                  },
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "annotations": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "string"
                  }
                }
              },
              "required": [
                "expr"
              ],
              "oneOf": [
                {
                  "required": [
                    "record"
                  ]
                },
                {
                  "required": [
                    "alert"
                  ]
                }
              ]
            },
            "governorRule": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "record": {
                  "type": "string",
                  "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$",
                  "description": "The series this recording rule writes."
                },
                "alert": {
                  "type": "string",
                  "description": "The alert's name."
                },
                "expr": {
                  "type": "string",
                  "minLength": 1,
                  "description": "A PromQL expression (Prometheus 2.42)."
                },
                "for": {
                  "$ref": "#/$defs/duration"
                },
                "keep_firing_for": {
                  "$ref": "#/$defs/duration"
                },
                "labels": {
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                  },
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "annotations": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "clear": {
                  "type": "string",
                  "minLength": 1,
                  "description": "Hysteresis: a firing alert resolves only once this expression returns a result."
                },
                "no_data": {
                  "enum": [
                    "ok",
                    "keep_state",
                    "alert"
                  ],
                  "default": "ok"
                }
              },
              "required": [
                "expr"
              ],
              "oneOf": [
                {
                  "required": [
                    "record"
                  ]
                },
                {
                  "required": [
                    "alert"
                  ]
                }
              ]
            },
            "prometheusGroup": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "name": {
                  "type": "string",
                  "minLength": 1
                },
                "interval": {
                  "$ref": "#/$defs/duration"
                },
                "limit": {
                  "type": "integer",
                  "minimum": 0
                },
                "rules": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/prometheusRule"
                  }
                }
              },
              "required": [
                "name"
              ]
            },
            "governorGroup": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "name": {
                  "type": "string",
                  "minLength": 1
                },
                "interval": {
                  "$ref": "#/$defs/duration"
                },
                "limit": {
                  "type": "integer",
                  "minimum": 0
                },
                "rules": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/governorRule"
                  }
                },
                "schedule": {
                  "$ref": "#/$defs/cronSchedule"
                },
                "backend": {
                  "type": "string",
                  "format": "uri",
                  "pattern": "^https?://",
                  "description": "Base URL of a Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics) that evaluates this group's expressions instead of the local series store."
                }
              },
              "required": [
                "name"
              ]
            },
            "burnRateAlerting": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "name": {
                  "type": "string"
                },
                "windows": {
                  "oneOf": [
                    {
                      "const": "sre-workbook-30d"
                    },
                    {
                      "type": "array",
                      "minItems": 1,
                      "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "long": {
                            "$ref": "#/$defs/duration"
                          },
                          "short": {
                            "$ref": "#/$defs/duration"
                          },
                          "factor": {
                            "type": "number",
                            "exclusiveMinimum": 0
                          },
                          "severity": {
                            "enum": [
                              "page",
                              "ticket"
                            ]
                          }
                        },
                        "required": [
                          "long",
                          "short",
                          "factor",
                          "severity"
                        ]
                      }
                    }
                  ],
                  "default": "sre-workbook-30d"
                },
                "labels": {
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                  },
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "annotations": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "page": {
                  "oneOf": [
                    {
                      "const": false
                    },
                    {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "labels": {
                          "type": "object",
                          "propertyNames": {
                            "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                          },
                          "additionalProperties": {
                            "type": "string"
                          }
                        },
                        "disable": {
                          "type": "boolean"
                        }
                      }
                    }
                  ]
                },
                "ticket": {
                  "oneOf": [
                    {
                      "const": false
                    },
                    {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "labels": {
                          "type": "object",
                          "propertyNames": {
                            "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                          },
                          "additionalProperties": {
                            "type": "string"
                          }
                        },
                        "disable": {
                          "type": "boolean"
                        }
                      }
                    }
                  ]
                }
              }
            },
            "objective": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "name": {
                  "type": "string",
                  "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
                },
                "component": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                },
                "target": {
                  "oneOf": [
                    {
                      "type": "number",
                      "exclusiveMinimum": 0,
                      "exclusiveMaximum": 100
                    },
                    {
                      "type": "string",
                      "pattern": "^[0-9.]+%?$"
                    }
                  ],
                  "description": "99.9%, 99.9 or 0.999."
                },
                "window": {
                  "$ref": "#/$defs/duration"
                },
                "sli": {
                  "oneOf": [
                    {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "errors": {
                          "type": "string",
                          "minLength": 1,
                          "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                        },
                        "total": {
                          "type": "string",
                          "minLength": 1,
                          "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                        }
                      },
                      "required": [
                        "errors",
                        "total"
                      ]
                    },
                    {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "good": {
                          "type": "string",
                          "minLength": 1,
                          "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                        },
                        "total": {
                          "type": "string",
                          "minLength": 1,
                          "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                        }
                      },
                      "required": [
                        "good",
                        "total"
                      ]
                    },
                    {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "latency": {
                          "type": "object",
                          "additionalProperties": false,
                          "properties": {
                            "histogram": {
                              "type": "string",
                              "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*_bucket$"
                            },
                            "threshold": {
                              "oneOf": [
                                {
                                  "$ref": "#/$defs/duration"
                                },
                                {
                                  "type": "number",
                                  "exclusiveMinimum": 0
                                }
                              ]
                            },
                            "selector": {
                              "type": "string",
                              "description": "Label matchers such as {job=\"api\"}."
                            }
                          },
                          "required": [
                            "histogram",
                            "threshold"
                          ]
                        }
                      },
                      "required": [
                        "latency"
                      ]
                    },
                    {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "raw": {
                          "type": "string",
                          "minLength": 1,
                          "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                        }
                      },
                      "required": [
                        "raw"
                      ]
                    }
                  ]
                },
                "no_traffic": {
                  "enum": [
                    "good",
                    "hold_last",
                    "unknown"
                  ],
                  "default": "good"
                },
                "alerting": {
                  "oneOf": [
                    {
                      "const": false
                    },
                    {
                      "$ref": "#/$defs/burnRateAlerting"
                    }
                  ]
                },
                "labels": {
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                  },
                  "additionalProperties": {
                    "type": "string"
                  }
                }
              },
              "required": [
                "name",
                "target",
                "sli"
              ]
            },
            "prometheusRuleFile": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "groups": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/prometheusGroup"
                  }
                }
              },
              "required": [
                "groups"
              ],
              "description": "A Prometheus rule file, accepted unchanged."
            },
            "slothSpec": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "version": {
                  "const": "prometheus/v1"
                },
                "service": {
                  "type": "string"
                },
                "labels": {
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                  },
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "slos": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "name": {
                        "type": "string"
                      },
                      "description": {
                        "type": "string"
                      },
                      "objective": {
                        "type": "number",
                        "exclusiveMinimum": 0,
                        "exclusiveMaximum": 100
                      },
                      "labels": {
                        "type": "object",
                        "propertyNames": {
                          "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                        },
                        "additionalProperties": {
                          "type": "string"
                        }
                      },
                      "sli": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "events": {
                            "type": "object",
                            "additionalProperties": false,
                            "properties": {
                              "error_query": {
                                "type": "string",
                                "minLength": 1,
                                "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                              },
                              "total_query": {
                                "type": "string",
                                "minLength": 1,
                                "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                              }
                            },
                            "required": [
                              "error_query",
                              "total_query"
                            ]
                          },
                          "raw": {
                            "type": "object",
                            "additionalProperties": false,
                            "properties": {
                              "error_ratio_query": {
                                "type": "string",
                                "minLength": 1,
                                "description": "A PromQL expression; {{.window}} is replaced by each burn-rate window."
                              }
                            },
                            "required": [
                              "error_ratio_query"
                            ]
                          },
                          "plugin": {
                            "type": "object",
                            "description": "Not supported by Governor."
                          }
                        }
                      },
                      "alerting": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "name": {
                            "type": "string"
                          },
                          "labels": {
                            "type": "object",
                            "propertyNames": {
                              "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                            },
                            "additionalProperties": {
                              "type": "string"
                            }
                          },
                          "annotations": {
                            "type": "object",
                            "additionalProperties": {
                              "type": "string"
                            }
                          },
                          "page_alert": {
                            "type": "object",
                            "additionalProperties": false,
                            "properties": {
                              "disable": {
                                "type": "boolean"
                              },
                              "labels": {
                                "type": "object",
                                "propertyNames": {
                                  "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                                },
                                "additionalProperties": {
                                  "type": "string"
                                }
                              },
                              "annotations": {
                                "type": "object",
                                "additionalProperties": {
                                  "type": "string"
                                }
                              }
                            }
                          },
                          "ticket_alert": {
                            "type": "object",
                            "additionalProperties": false,
                            "properties": {
                              "disable": {
                                "type": "boolean"
                              },
                              "labels": {
                                "type": "object",
                                "propertyNames": {
                                  "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                                },
                                "additionalProperties": {
                                  "type": "string"
                                }
                              },
                              "annotations": {
                                "type": "object",
                                "additionalProperties": {
                                  "type": "string"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "required": [
                      "name",
                      "objective",
                      "sli"
                    ]
                  }
                }
              },
              "required": [
                "version",
                "service",
                "slos"
              ],
              "description": "A Sloth prometheus/v1 spec, accepted unchanged."
            },
            "slos": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": {
                  "const": "SLOs"
                },
                "service": {
                  "type": "string"
                },
                "window": {
                  "$ref": "#/$defs/duration"
                },
                "labels": {
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                  },
                  "additionalProperties": {
                    "type": "string"
                  }
                },
                "alerting": {
                  "$ref": "#/$defs/burnRateAlerting"
                },
                "objectives": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/objective"
                  }
                }
              },
              "required": [
                "kind",
                "service",
                "objectives"
              ]
            },
            "governance": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": {
                  "const": "Governance"
                },
                "compliance": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "weights": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "number",
                        "minimum": 0
                      }
                    },
                    "alert_below": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 100
                    },
                    "penalty_per_percent": {
                      "type": "number",
                      "minimum": 0
                    }
                  },
                  "required": [
                    "weights"
                  ]
                },
                "breach": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "alert_above": {
                      "$ref": "#/$defs/percentage"
                    }
                  }
                },
                "health": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "components": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "yellow_above": {
                      "$ref": "#/$defs/percentage"
                    },
                    "red_above": {
                      "$ref": "#/$defs/percentage"
                    }
                  }
                }
              },
              "required": [
                "kind"
              ]
            },
            "rules": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": {
                  "const": "Rules"
                },
                "groups": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/governorGroup"
                  }
                }
              },
              "required": [
                "kind",
                "groups"
              ]
            },
            "forecasts": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": {
                  "const": "Forecasts"
                },
                "forecasts": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "name": {
                        "type": "string"
                      },
                      "inputs": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "minLength": 1,
                          "description": "A PromQL expression (Prometheus 2.42)."
                        }
                      },
                      "horizon": {
                        "$ref": "#/$defs/duration"
                      },
                      "interval": {
                        "$ref": "#/$defs/duration"
                      },
                      "schedule": {
                        "$ref": "#/$defs/cronSchedule"
                      },
                      "model": {
                        "type": "object",
                        "additionalProperties": {
                          "type": "string"
                        }
                      },
                      "components": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "additionalProperties": false,
                          "properties": {
                            "name": {
                              "type": "string",
                              "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                            },
                            "series": {
                              "type": "string",
                              "minLength": 1,
                              "description": "A PromQL expression (Prometheus 2.42)."
                            },
                            "method": {
                              "enum": [
                                "trend",
                                "seasonal"
                              ]
                            },
                            "fails_below": {
                              "type": "number"
                            },
                            "fails_above": {
                              "type": "number"
                            },
                            "season": {
                              "$ref": "#/$defs/duration"
                            },
                            "budget_remaining": {
                              "type": "string",
                              "minLength": 1,
                              "description": "A PromQL expression (Prometheus 2.42)."
                            },
                            "burn_rate": {
                              "type": "string",
                              "minLength": 1,
                              "description": "A PromQL expression (Prometheus 2.42)."
                            },
                            "window": {
                              "$ref": "#/$defs/duration"
                            }
                          },
                          "required": [
                            "name"
                          ]
                        }
                      },
                      "risk": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "critical": {
                            "$ref": "#/$defs/forecastRiskLevel"
                          },
                          "high": {
                            "$ref": "#/$defs/forecastRiskLevel"
                          }
                        }
                      },
                      "llm": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "base_url": {
                            "type": "string",
                            "pattern": "^https?://"
                          },
                          "model": {
                            "type": "string"
                          },
                          "api_key_env": {
                            "type": "string",
                            "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                          },
                          "structured_output": {
                            "enum": [
                              "json_schema",
                              "json_object"
                            ]
                          },
                          "timeout": {
                            "$ref": "#/$defs/duration"
                          },
                          "retries": {
                            "type": "integer",
                            "minimum": 0
                          },
                          "max_tokens": {
                            "type": "integer",
                            "minimum": 1
                          },
                          "max_calls_per_hour": {
                            "type": "integer",
                            "minimum": 1
                          },
                          "max_tokens_per_hour": {
                            "type": "integer",
                            "minimum": 1
                          },
                          "max_prompt_chars": {
                            "type": "integer",
                            "minimum": 1
                          }
                        },
                        "required": [
                          "base_url"
                        ]
                      },
                      "outputs": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                          "type": "string",
                          "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
                        }
                      }
                    },
                    "required": [
                      "name",
                      "inputs",
                      "horizon",
                      "outputs"
                    ]
                  }
                }
              },
              "required": [
                "kind",
                "forecasts"
              ]
            },
            "sourceInterval": {
              "type": "string",
              "pattern": "^([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?$",
              "minLength": 2,
              "description": "A Prometheus duration longer than 0: 10s, 1m."
            },
            "sources": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "kind": {
                  "const": "Sources"
                },
                "series": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
                  },
                  "description": "Series that come from outside Governor, so that checks do not call them undefined."
                },
                "host": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "additionalProperties": false,
                  "description": "node_exporter-style host metrics from procfs and statfs.",
                  "properties": {
                    "interval": {
                      "$ref": "#/$defs/sourceInterval"
                    },
                    "proc_root": {
                      "type": "string",
                      "pattern": "^/",
                      "description": "Where procfs is mounted (default /proc)."
                    }
                  }
                },
                "scrape": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "job": {
                        "type": "string",
                        "minLength": 1
                      },
                      "targets": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                          "type": "string",
                          "description": "host:port"
                        }
                      },
                      "interval": {
                        "$ref": "#/$defs/sourceInterval"
                      },
                      "timeout": {
                        "$ref": "#/$defs/sourceInterval"
                      },
                      "path": {
                        "type": "string",
                        "pattern": "^/"
                      },
                      "scheme": {
                        "enum": [
                          "http",
                          "https"
                        ]
                      },
                      "labels": {
                        "type": "object",
                        "additionalProperties": {
                          "type": "string"
                        },
                        "propertyNames": {
                          "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$",
                          "not": {
                            "enum": [
                              "job",
                              "instance"
                            ]
                          }
                        }
                      }
                    },
                    "required": [
                      "job",
                      "targets"
                    ]
                  }
                },
                "tail": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "path": {
                        "type": "string",
                        "minLength": 1
                      },
                      "metric": {
                        "type": "string",
                        "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
                      },
                      "labels": {
                        "type": "object",
                        "description": "Label name to the dotted path of the JSON field that gives its value.",
                        "additionalProperties": {
                          "type": "string",
                          "minLength": 1
                        },
                        "propertyNames": {
                          "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$"
                        }
                      },
                      "value": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Dotted path of the numeric JSON field: each line sets a gauge."
                      },
                      "count": {
                        "type": "number",
                        "exclusiveMinimum": 0,
                        "description": "What each line adds to a counter."
                      },
                      "interval": {
                        "$ref": "#/$defs/sourceInterval"
                      }
                    },
                    "required": [
                      "path",
                      "metric"
                    ],
                    "oneOf": [
                      {
                        "required": [
                          "value"
                        ]
                      },
                      {
                        "required": [
                          "count"
                        ]
                      }
                    ]
                  }
                },
                "simulator": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "scenario": {
                      "type": "string"
                    },
                    "seed": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "interval": {
                      "$ref": "#/$defs/sourceInterval"
                    }
                  },
                  "required": [
                    "scenario"
                  ]
                }
              },
              "required": [
                "kind"
              ],
              "anyOf": [
                {
                  "required": [
                    "series"
                  ]
                },
                {
                  "required": [
                    "host"
                  ]
                },
                {
                  "required": [
                    "scrape"
                  ]
                },
                {
                  "required": [
                    "tail"
                  ]
                },
                {
                  "required": [
                    "simulator"
                  ]
                }
              ]
            }
          }
        }

        """#
}
