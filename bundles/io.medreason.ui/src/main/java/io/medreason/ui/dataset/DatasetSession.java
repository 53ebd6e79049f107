package io.medreason.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;

import io.medreason.dataset.io.DatasetResourceFactory;
import io.medreason.dataset.io.LoadResult;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.Record;
import io.medreason.dataset.stats.RecordLengths;
import io.medreason.dataset.validation.Problem;
import io.medreason.dataset.validation.ValidationOptions;
import io.medreason.dataset.validation.Validator;

/**
 * An open data set: the model in a {@link io.medreason.dataset.io.DatasetResource} of an
 * {@link AdapterFactoryEditingDomain} (so that other views find the domain with
 * {@code AdapterFactoryEditingDomain.getEditingDomainFor(record)}), its validation problems and measured lengths.
 */
final class DatasetSession {

    private final Path file;
    private final LoadResult load;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private volatile Map<Integer, List<Problem>> problemsByRecord = Map.of();
    private volatile List<Problem> problems = List.of();
    private volatile RecordLengths lengths;

    DatasetSession(Path file, LoadResult load, BasicCommandStack stack) {
        this.file = file;
        this.load = load;
        this.adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        Resource resource = new DatasetResourceFactory().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(load.dataset());
        resource.setTrackingModification(false);
        domain.getResourceSet().getResources().add(resource);
    }

    Path file() {
        return file;
    }

    LoadResult loadResult() {
        return load;
    }

    Dataset dataset() {
        return load.dataset();
    }

    List<Record> records() {
        return load.dataset().getRecords();
    }

    AdapterFactoryEditingDomain domain() {
        return domain;
    }

    BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    /** Runs a command on the command stack (undoable); false when it cannot run. */
    boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** Validates the whole data set with the preferences' maximum length (and the measured lengths, if any). */
    List<Problem> validate() {
        List<Problem> found = check();
        setProblems(found);
        return found;
    }

    /** Validates without keeping the result (safe to call from a job while nothing edits the model). */
    List<Problem> check() {
        ValidationOptions options = ValidationOptions.defaults();
        if (lengths != null && lengths.record().length == records().size()) {
            options = options.withLengths(lengths, DatasetPreferences.maxLength());
        }
        return new Validator(options).validate(dataset());
    }

    void setProblems(List<Problem> found) {
        Map<Integer, List<Problem>> byRecord = new HashMap<>();
        for (Problem problem : found) {
            byRecord.computeIfAbsent(problem.recordIndex(), i -> new ArrayList<>()).add(problem);
        }
        problems = List.copyOf(found);
        problemsByRecord = byRecord;
    }

    List<Problem> problems() {
        return problems;
    }

    List<Problem> problemsOf(int recordIndex) {
        return problemsByRecord.getOrDefault(recordIndex, Collections.emptyList());
    }

    /** Lengths measured in the background (tokens or characters), or null before the first measurement. */
    RecordLengths lengths() {
        return lengths;
    }

    void setLengths(RecordLengths measured) {
        lengths = measured;
    }

    void dispose() {
        adapterFactory.dispose();
    }
}
