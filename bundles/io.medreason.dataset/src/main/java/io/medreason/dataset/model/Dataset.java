/**
 */
package io.medreason.dataset.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One data set file: its records in file order, the format detected when it was read and the JSON layout to write it back with.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medreason.dataset.model.Dataset#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Dataset#getFormat <em>Format</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Dataset#getContainer <em>Container</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Dataset#getLayout <em>Layout</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Dataset#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @see io.medreason.dataset.model.DatasetPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file the data set was read from (an absolute path, or a URI when read through an EMF resource that is not a file), or null for a new data set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getDataset_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Dataset#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medreason.dataset.model.DatasetFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record layout detected when reading (medical-o1, raw text, Alpaca, ShareGPT, OpenAI messages).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see io.medreason.dataset.model.DatasetFormat
	 * @see #setFormat(DatasetFormat)
	 * @see io.medreason.dataset.model.DatasetPackage#getDataset_Format()
	 * @model
	 * @generated
	 */
	DatasetFormat getFormat();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Dataset#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see io.medreason.dataset.model.DatasetFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DatasetFormat value);

	/**
	 * Returns the value of the '<em><b>Container</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medreason.dataset.model.Container}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the records sit in one JSON array or one per line (JSON Lines).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container</em>' attribute.
	 * @see io.medreason.dataset.model.Container
	 * @see #setContainer(Container)
	 * @see io.medreason.dataset.model.DatasetPackage#getDataset_Container()
	 * @model
	 * @generated
	 */
	Container getContainer();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Dataset#getContainer <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container</em>' attribute.
	 * @see io.medreason.dataset.model.Container
	 * @see #getContainer()
	 * @generated
	 */
	void setContainer(Container value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The whitespace and escaping style of the file, detected when reading; null means the default style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' containment reference.
	 * @see #setLayout(JsonLayout)
	 * @see io.medreason.dataset.model.DatasetPackage#getDataset_Layout()
	 * @model containment="true"
	 * @generated
	 */
	JsonLayout getLayout();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Dataset#getLayout <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' containment reference.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(JsonLayout value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' containment reference list.
	 * The list contents are of type {@link io.medreason.dataset.model.Record}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The records in file order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records</em>' containment reference list.
	 * @see io.medreason.dataset.model.DatasetPackage#getDataset_Records()
	 * @model containment="true"
	 * @generated
	 */
	EList<io.medreason.dataset.model.Record> getRecords();

} // Dataset
