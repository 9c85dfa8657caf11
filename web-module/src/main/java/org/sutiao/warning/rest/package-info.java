/** The early warnings API ({@code /api/v1/evaluation/warnings}, {@code /api/v1/evaluation/warning-thresholds}). */
package org.sutiao.warning.rest;
