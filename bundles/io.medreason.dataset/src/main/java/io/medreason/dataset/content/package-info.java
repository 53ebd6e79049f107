/**
 * The Eclipse content type of SFT data sets ({@code io.medreason.dataset.sft}, declared in plugin.xml) and its
 * describer. Used only inside the workbench; everything it decides is {@link io.medreason.dataset.io.DatasetProbe}'s.
 */
package io.medreason.dataset.content;
